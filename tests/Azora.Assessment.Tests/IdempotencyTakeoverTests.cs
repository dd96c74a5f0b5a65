using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Assessment.Data;
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
}
