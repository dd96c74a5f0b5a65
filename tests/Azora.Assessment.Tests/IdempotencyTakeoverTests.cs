using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Assessment.Data;
using Azora.Contracts;
using Azora.ServiceDefaults.Idempotency;
using Azora.Testing;

namespace Azora.Assessment.Tests;

/// <summary>
/// A question or a quiz carries no id of the client's own, so its Idempotency-Key is what names it. When the process
/// creating it dies after it committed and before the key's response was stored, the key's claim is abandoned and the
/// same request again takes it over and runs the handler a second time: that run finds the question or quiz the first
/// one created and answers with it, instead of creating it twice.
/// </summary>
[Collection(AssessmentCollection.Name)]
public sealed class IdempotencyTakeoverTests(AssessmentFixture fixture)
{
    private static async Task<JsonElement> PostWithKeyAsync(HttpClient client, string path, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The id and the named properties as text (numbers read back from the database may be written differently).</summary>
    private static string Summary(JsonElement created, params string[] properties) =>
        string.Join(" | ", properties.Select(p => created.GetProperty(p).ToString()).Prepend(created.Id().ToString()));

    [Fact]
    public async Task A_question_and_a_quiz_created_before_their_process_died_are_answered_by_the_takeover_and_not_created_again()
    {
        using var instructor = fixture.NewInstructor();
        var questionKey = Guid.NewGuid().ToString();
        var question = await PostWithKeyAsync(instructor, "api/questions", Authoring.TrueFalse(), questionKey);
        await IdempotencyClaims.AbandonAsync<AssessmentDbContext>(fixture.Platform, questionKey, fixture.Clock);

        var questionTakenOver = await PostWithKeyAsync(instructor, "api/questions", Authoring.TrueFalse(), questionKey);

        Assert.Equal(Summary(question, "version", "versionId", "text"), Summary(questionTakenOver, "version", "versionId", "text"));
        Assert.Equal(question.GetProperty("points").GetDecimal(), questionTakenOver.GetProperty("points").GetDecimal());
        var bank = await instructor.GetFromJsonAsync<JsonElement>("api/questions");
        Assert.Equal(question.Id(), Assert.Single(bank.GetProperty("items").EnumerateArray()).Id());

        var quiz = new { title = "Once", questions = new[] { new { questionId = question.Id() } } };
        var quizKey = Guid.NewGuid().ToString();
        var created = await PostWithKeyAsync(instructor, "api/quizzes", quiz, quizKey);
        await IdempotencyClaims.AbandonAsync<AssessmentDbContext>(fixture.Platform, quizKey, fixture.Clock);

        var quizTakenOver = await PostWithKeyAsync(instructor, "api/quizzes", quiz, quizKey);

        Assert.Equal(Summary(created, "title", "questionCount", "createdAt"), Summary(quizTakenOver, "title", "questionCount", "createdAt"));
        var owned = await instructor.GetFromJsonAsync<JsonElement>("api/quizzes");
        Assert.Equal(created.Id(), Assert.Single(owned.GetProperty("items").EnumerateArray()).Id());
    }

    [Fact]
    public async Task Questions_and_quizzes_created_under_a_key_list_newest_first_with_the_rest()
    {
        var instructorId = Guid.CreateVersion7();
        using var instructor = fixture.AsAccount(instructorId, Roles.Instructor);
        // Keys whose derived ids sort after every time-ordered (version 7) id of this era, so paging by id would list them first.
        string KeySortingLast(string purpose) => Enumerable.Range(0, 1000).Select(n => $"{purpose}-{n}")
            .First(k => new IdempotentRequest(instructorId.ToString(), k).IdFor(purpose).ToByteArray(bigEndian: true)[0] >= 0x02);

        var questions = new List<Guid>();
        foreach (var key in new[] { null, KeySortingLast("azora-assessment.question"), null })
        {
            fixture.Clock.Advance(TimeSpan.FromSeconds(1));
            questions.Add(key is null ? await Authoring.CreateQuestionIdAsync(instructor, Authoring.TrueFalse()) : (await PostWithKeyAsync(instructor, "api/questions", Authoring.TrueFalse(), key)).Id());
        }
        var quizzes = new List<Guid>();
        foreach (var key in new[] { null, KeySortingLast("azora-assessment.quiz"), null })
        {
            fixture.Clock.Advance(TimeSpan.FromSeconds(1));
            var quiz = new { title = "In order", questions = new[] { new { questionId = questions[0] } } };
            quizzes.Add(key is null ? (await Authoring.CreateQuizAsync(instructor, quiz)).Id() : (await PostWithKeyAsync(instructor, "api/quizzes", quiz, key)).Id());
        }

        questions.Reverse();
        quizzes.Reverse();
        Assert.Equal(questions, await ListAllAsync(instructor, "api/questions"));
        Assert.Equal(quizzes, await ListAllAsync(instructor, "api/quizzes"));
    }

    private static async Task<List<Guid>> ListAllAsync(HttpClient client, string path)
    {
        var ids = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"{path}?limit=1" + (cursor is null ? "" : $"&cursor={cursor}"));
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(item => item.Id()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return ids;
    }
}
