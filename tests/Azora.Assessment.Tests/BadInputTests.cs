using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azora.Testing;

namespace Azora.Assessment.Tests;

/// <summary>Bad input on every endpoint gets a 4xx problem naming the field, and changes nothing.</summary>
[Collection(AssessmentCollection.Name)]
public sealed class BadInputTests(AssessmentFixture fixture)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static TheoryData<string, string> BadQuestions => new()
    {
        { """{"text":"No type"}""", "type" },
        { """{"type":"drawing","text":"Unknown type"}""", "type" },
        { """{"type":"trueFalse","text":"Points as text","points":"many","correct":true}""", "points" },
        { """{"type":"trueFalse","text":"Too many points","points":5000,"correct":true}""", "points" },
        { """{"type":"trueFalse","text":"   ","correct":true}""", "text" },
        { """{"type":"trueFalse","text":"No answer"}""", "correct" },
        { """{"type":"singleChoice","text":"Two correct","choices":[{"text":"a","correct":true},{"text":"b","correct":true}]}""", "choices" },
        { """{"type":"singleChoice","text":"Blank choice","choices":[{"text":"a","correct":true},{"text":""}]}""", "choices[1].text" },
        { """{"type":"multipleChoice","text":"None correct","choices":[{"text":"a"},{"text":"b"}]}""", "choices" },
        { """{"type":"numeric","text":"Negative tolerance","numeric":{"answer":1,"tolerance":-1}}""", "numeric.tolerance" },
        { """{"type":"numeric","text":"Zero factor","numeric":{"answer":1,"units":[{"unit":"m","factor":0}]}}""", "numeric.units[0].factor" },
        { """{"type":"shortAnswer","text":"Bad regex","patterns":[{"pattern":"(","match":"regex"}]}""", "patterns[0].pattern" },
        { """{"type":"shortAnswer","text":"Bad kind","patterns":[{"pattern":"x","match":"fuzzy"}]}""", "patterns[0].match" },
        { """{"type":"shortAnswer","text":"No full marks","patterns":[{"pattern":"x","fraction":0.5}]}""", "patterns" },
        { """{"type":"matching","text":"One pair","pairs":[{"prompt":"a","match":"b"}]}""", "pairs" },
        { """{"type":"ordering","text":"One item","items":["a"]}""", "items" },
        { """{"type":"essay","text":"No rubric"}""", "rubric" },
        { """{"type":"essay","text":"Empty levels","rubric":[{"criterion":"c","levels":[]}]}""", "rubric[0].levels" },
        { """{"type":"trueFalse","text":"Blank tag","correct":true,"tags":[" "]}""", "tags" },
    };

    [Theory]
    [MemberData(nameof(BadQuestions))]
    public async Task A_bad_question_is_refused_with_the_field_named_and_nothing_is_created(string json, string field)
    {
        using var instructor = fixture.NewInstructor();

        await Problems.AssertFieldErrorAsync(await instructor.PostAsync("/api/questions", Json(json)), field);

        Assert.Empty((await instructor.GetFromJsonAsync<JsonElement>("/api/questions")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Oversized_question_text_is_refused()
    {
        using var instructor = fixture.NewInstructor();

        var response = await instructor.PostAsJsonAsync("/api/questions", new { type = "trueFalse", text = new string('x', 10_001), correct = true });

        await Problems.AssertFieldErrorAsync(response, "text");
    }

    [Fact]
    public async Task A_bad_edit_leaves_the_question_at_its_version()
    {
        using var instructor = fixture.NewInstructor();
        var question = await Authoring.CreateQuestionIdAsync(instructor, Authoring.TrueFalse());

        await Problems.AssertFieldErrorAsync(await instructor.PutAsync($"/api/questions/{question}", Json("""{"type":"trueFalse","text":"x"}""")), "correct");
        await Problems.AssertProblemAsync(await instructor.PutAsJsonAsync($"/api/questions/{Guid.CreateVersion7()}", Authoring.TrueFalse()), HttpStatusCode.NotFound);

        Assert.Equal(1, (await instructor.GetFromJsonAsync<JsonElement>($"/api/questions/{question}")).GetProperty("latestVersion").GetInt32());
        await Problems.AssertProblemAsync(await instructor.GetAsync($"/api/questions/{question}/versions/7"), HttpStatusCode.NotFound);
        await Problems.AssertFieldErrorAsync(await instructor.GetAsync("/api/questions?limit=1000"), "limit");
    }

    public static TheoryData<string, string> BadQuizzes => new()
    {
        { """{"questions":[{"tag":"x"}]}""", "title" },
        { """{"title":"No questions","questions":[]}""", "questions" },
        { """{"title":"Neither","questions":[{"count":2}]}""", "questions[0]" },
        { """{"title":"Unknown","questions":[{"questionId":"0196b3a4-0000-7000-8000-000000000000"}]}""", "questions[0].questionId" },
        { """{"title":"Pass mark","questions":[{"tag":"x"}],"passMarkPercent":150}""", "passMarkPercent" },
        { """{"title":"Time","questions":[{"tag":"x"}],"timeLimitMinutes":"soon"}""", "timeLimitMinutes" },
        { """{"title":"Mode","questions":[{"tag":"x"}],"feedbackMode":"never"}""", "feedbackMode" },
        { """{"title":"After close without close","questions":[{"tag":"x"}],"feedbackMode":"afterClose"}""", "feedbackMode" },
        { """{"title":"Past","questions":[{"tag":"x"}],"closesAt":"2000-01-01T00:00:00Z"}""", "closesAt" },
    };

    [Theory]
    [MemberData(nameof(BadQuizzes))]
    public async Task A_bad_quiz_is_refused_with_the_field_named(string json, string field)
    {
        using var instructor = fixture.NewInstructor();

        await Problems.AssertFieldErrorAsync(await instructor.PostAsync("/api/quizzes", Json(json)), field);
    }

    [Fact]
    public async Task Bad_answers_are_refused_and_the_saved_answers_stay()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        Guid[] questions =
        [
            await Authoring.CreateQuestionIdAsync(instructor, Authoring.SingleChoice()),
            await Authoring.CreateQuestionIdAsync(instructor, Authoring.TrueFalse()),
            await Authoring.CreateQuestionIdAsync(instructor, Authoring.Matching()),
            await Authoring.CreateQuestionIdAsync(instructor, Authoring.Ordering()),
            await Authoring.CreateQuestionIdAsync(instructor, Authoring.Numeric()),
        ];
        var quizId = await Authoring.CreateQuizIdAsync(instructor, questions);
        var attempt = await Authoring.StartAsync(learner, quizId);
        var id = attempt.Id();
        await Authoring.AnswerAsync(learner, id, new { position = 1, choices = new[] { "A" } });
        var url = $"/api/attempts/{id}/answers";

        await Problems.AssertFieldErrorAsync(await learner.PutAsync(url, Json("""{"answers":[{"position":9,"value":true}]}""")), "answers[0].position");
        await Problems.AssertFieldErrorAsync(await learner.PutAsync(url, Json("""{"answers":[{"position":1,"choices":["A","B"]}]}""")), "answers[0].choices");
        await Problems.AssertFieldErrorAsync(await learner.PutAsync(url, Json("""{"answers":[{"position":1,"choices":["Z"]}]}""")), "answers[0].choices");
        await Problems.AssertFieldErrorAsync(await learner.PutAsync(url, Json("""{"answers":[{"position":2,"text":"yes"}]}""")), "answers[0].value");
        await Problems.AssertFieldErrorAsync(await learner.PutAsync(url, Json("""{"answers":[{"position":3,"matches":{"P9":"M1"}}]}""")), "answers[0].matches");
        await Problems.AssertFieldErrorAsync(await learner.PutAsync(url, Json("""{"answers":[{"position":4,"order":["I1","I1"]}]}""")), "answers[0].order");
        await Problems.AssertFieldErrorAsync(await learner.PutAsync(url, Json("""{"answers":[{"position":5,"number":"lots"}]}""")), "answers[0].number");
        await Problems.AssertFieldErrorAsync(await learner.PutAsync(url, Json("""{"answers":[]}""")), "answers");
        await Problems.AssertFieldErrorAsync(await learner.PutAsync(url, Json("""{"answers":[{"position":2,"value":true},{"position":1,"choices":["Q"]}]}""")), "answers[1].choices");
        await Problems.AssertProblemAsync(await learner.PutAsJsonAsync($"/api/attempts/{Guid.CreateVersion7()}/answers", new { answers = new[] { new { position = 1, value = true } } }), HttpStatusCode.NotFound);

        var read = await learner.GetFromJsonAsync<JsonElement>($"/api/attempts/{id}");
        Assert.Equal(["A"], read.Question(1).GetProperty("response").GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(JsonValueKind.Null, read.Question(2).GetProperty("response").ValueKind);
    }

    [Fact]
    public async Task Autosave_is_idempotent()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [await Authoring.CreateQuestionIdAsync(instructor, Authoring.ShortAnswer())]);
        var attempt = await Authoring.StartAsync(learner, quizId);

        var first = await Authoring.AnswerAsync(learner, attempt.Id(), new { position = 1, text = "Jupiter" });
        var second = await Authoring.AnswerAsync(learner, attempt.Id(), new { position = 1, text = "Jupiter" });

        Assert.Equal(first.GetProperty("questions").GetRawText(), second.GetProperty("questions").GetRawText());
        Assert.Equal(2m, (await Authoring.SubmitAsync(learner, attempt.Id())).GetProperty("score").GetDecimal());
    }

    [Fact]
    public async Task Unknown_ids_are_not_found()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var unknown = Guid.CreateVersion7();

        await Problems.AssertProblemAsync(await instructor.GetAsync($"/api/questions/{unknown}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await instructor.GetAsync($"/api/questions/{unknown}/qti"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await instructor.GetAsync($"/api/quizzes/{unknown}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await instructor.GetAsync($"/api/quizzes/{unknown}/attempts"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await instructor.GetAsync($"/api/quizzes/{unknown}/grading-queue"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await instructor.GetAsync($"/api/quizzes/{unknown}/statistics"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await instructor.PutAsJsonAsync($"/api/quizzes/{unknown}/overrides/{unknown}", new { extraMinutes = 1 }), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await instructor.PostAsJsonAsync($"/api/quizzes/{unknown}/regrade", new { questionId = unknown }), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await instructor.PostAsJsonAsync($"/api/attempts/{unknown}/items/1/grade", new { levels = new Dictionary<string, string>() }), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await learner.PostAsync($"/api/quizzes/{unknown}/attempts", null), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await learner.GetAsync($"/api/attempts/{unknown}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await learner.PostAsync($"/api/attempts/{unknown}/submit", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_grading_and_override_input_is_refused_and_changes_nothing()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var essay = await Authoring.CreateQuestionIdAsync(instructor, Authoring.Essay());
        var quizId = await Authoring.CreateQuizIdAsync(instructor, [essay]);
        var attempt = await Authoring.StartAsync(learner, quizId);
        var gradeUrl = $"/api/attempts/{attempt.Id()}/items/1/grade";

        await Problems.AssertProblemAsync(await instructor.PostAsJsonAsync(gradeUrl,
            new { levels = new Dictionary<string, string> { ["C1"] = "C1L1", ["C2"] = "C2L1" } }), HttpStatusCode.Conflict);
        await Authoring.SubmitAsync(learner, attempt.Id());
        await Problems.AssertFieldErrorAsync(await instructor.PostAsJsonAsync(gradeUrl, new { levels = new Dictionary<string, string> { ["C1"] = "C1L9" } }), "levels.C1");
        await Problems.AssertFieldErrorAsync(await instructor.PostAsJsonAsync(gradeUrl, new { levels = new Dictionary<string, string> { ["C1"] = "C1L1" } }), "levels.C2");
        await Problems.AssertFieldErrorAsync(await instructor.PostAsync(gradeUrl, Json("{}")), "levels");
        await Problems.AssertProblemAsync(await instructor.PostAsJsonAsync($"/api/attempts/{attempt.Id()}/items/5/grade", new { levels = new Dictionary<string, string>() }), HttpStatusCode.NotFound);
        await Problems.AssertFieldErrorAsync(await instructor.PutAsync($"/api/quizzes/{quizId}/overrides/{Guid.CreateVersion7()}", Json("""{"extraMinutes":-5}""")), "extraMinutes");
        await Problems.AssertFieldErrorAsync(await instructor.PutAsync($"/api/quizzes/{quizId}/overrides/{Guid.CreateVersion7()}", Json("""{"extraAttempts":"x"}""")), "extraAttempts");
        await Problems.AssertFieldErrorAsync(await instructor.PostAsync($"/api/quizzes/{quizId}/regrade", Json("{}")), "questionId");

        var read = await instructor.GetFromJsonAsync<JsonElement>($"/api/attempts/{attempt.Id()}");
        Assert.Equal("awaitingGrading", read.GetProperty("state").GetString());
        Assert.Single((await instructor.GetFromJsonAsync<JsonElement>($"/api/quizzes/{quizId}/grading-queue")).EnumerateArray());
    }
}
