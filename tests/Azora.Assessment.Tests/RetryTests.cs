using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.Assessment.Tests;

/// <summary>A retried create with the same Idempotency-Key returns the first response and creates nothing more.</summary>
[Collection(AssessmentCollection.Name)]
public sealed class RetryTests(AssessmentFixture fixture)
{
    private static async Task<HttpResponseMessage> PostWithKeyAsync(HttpClient client, string path, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_retried_question_and_quiz_are_created_once()
    {
        using var instructor = fixture.NewInstructor();
        var questionKey = Guid.NewGuid().ToString();

        var first = await PostWithKeyAsync(instructor, "api/questions", Authoring.TrueFalse(), questionKey);
        var retry = await PostWithKeyAsync(instructor, "api/questions", Authoring.TrueFalse(), questionKey);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        var questionId = (await first.Content.ReadFromJsonAsync<JsonElement>()).Id();
        Assert.Equal(questionId, (await retry.Content.ReadFromJsonAsync<JsonElement>()).Id());
        Assert.Single((await instructor.GetFromJsonAsync<JsonElement>("api/questions")).GetProperty("items").EnumerateArray());

        var quiz = new { title = "Once", questions = new[] { new { questionId } } };
        var quizKey = Guid.NewGuid().ToString();
        var quizFirst = await PostWithKeyAsync(instructor, "api/quizzes", quiz, quizKey);
        var quizRetry = await PostWithKeyAsync(instructor, "api/quizzes", quiz, quizKey);

        Assert.Equal((await quizFirst.Content.ReadFromJsonAsync<JsonElement>()).Id(), (await quizRetry.Content.ReadFromJsonAsync<JsonElement>()).Id());
        var owned = await instructor.GetFromJsonAsync<JsonElement>("api/quizzes");
        Assert.Single(owned.GetProperty("items").EnumerateArray());
        Assert.Equal("Once", owned.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_instructor_lists_only_their_own_quizzes()
    {
        using var owner = fixture.NewInstructor();
        using var other = fixture.NewInstructor();
        var question = await Authoring.CreateQuestionIdAsync(owner, Authoring.TrueFalse());
        await Authoring.CreateQuizIdAsync(owner, [question]);

        Assert.Single((await owner.GetFromJsonAsync<JsonElement>("api/quizzes")).GetProperty("items").EnumerateArray());
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("api/quizzes")).GetProperty("items").EnumerateArray());
    }
}
