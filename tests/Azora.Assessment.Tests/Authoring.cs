using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.Assessment.Tests;

/// <summary>Request bodies and calls the tests share: one question of each type, quizzes, attempts.</summary>
internal static class Authoring
{
    public static object SingleChoice(string tag = "geography") => new
    {
        type = "singleChoice",
        text = "What is the capital of France?",
        points = 2,
        tags = new[] { tag },
        feedback = "Paris has been the capital since 987.",
        choices = new object[]
        {
            new { text = "Lyon", correct = false, feedback = "Lyon is the third city." },
            new { text = "Paris", correct = true },
            new { text = "Nice", correct = false },
        },
    };

    public static object MultipleChoice() => new
    {
        type = "multipleChoice",
        text = "Which are prime?",
        points = 4,
        choices = new object[]
        {
            new { text = "2", correct = true },
            new { text = "3", correct = true },
            new { text = "4", correct = false },
            new { text = "9", correct = false },
        },
    };

    public static object TrueFalse() => new { type = "trueFalse", text = "Water boils at 100 °C at sea level.", points = 1, correct = true };

    public static object Numeric() => new
    {
        type = "numeric",
        text = "How long is the rod?",
        points = 3,
        numeric = new { answer = 1.5m, tolerance = 0.01m, units = new object[] { new { unit = "m", factor = 1m }, new { unit = "cm", factor = 0.01m } } },
    };

    public static object ShortAnswer() => new
    {
        type = "shortAnswer",
        text = "Name the largest planet.",
        points = 2,
        patterns = new object[] { new { pattern = "Jupiter", match = "exact", fraction = 1m }, new { pattern = "jup*", match = "wildcard", fraction = 0.5m } },
    };

    public static object Matching() => new
    {
        type = "matching",
        text = "Match the country to its capital.",
        points = 3,
        pairs = new object[] { new { prompt = "Kenya", match = "Nairobi" }, new { prompt = "Ghana", match = "Accra" }, new { prompt = "Peru", match = "Lima" } },
    };

    public static object Ordering() => new
    {
        type = "ordering",
        text = "Order from smallest to largest.",
        points = 4,
        items = new[] { "atom", "cell", "organ", "organism" },
    };

    public static object Essay() => new
    {
        type = "essay",
        text = "Explain photosynthesis.",
        points = 10,
        rubric = new object[]
        {
            new { criterion = "Accuracy", levels = new object[] { new { title = "Wrong", points = 0 }, new { title = "Partly", points = 3 }, new { title = "Right", points = 6 } } },
            new { criterion = "Clarity", levels = new object[] { new { title = "Unclear", points = 0 }, new { title = "Clear", points = 4 } } },
        },
    };

    public static async Task<JsonElement> CreateQuestionAsync(HttpClient instructor, object question)
    {
        var response = await instructor.PostAsJsonAsync("api/questions", question);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<Guid> CreateQuestionIdAsync(HttpClient instructor, object question) =>
        (await CreateQuestionAsync(instructor, question)).GetProperty("id").GetGuid();

    public static async Task<JsonElement> CreateQuizAsync(HttpClient instructor, object quiz)
    {
        var response = await instructor.PostAsJsonAsync("api/quizzes", quiz);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A quiz of the given questions, in order, with the other settings defaulted unless given.</summary>
    public static async Task<Guid> CreateQuizIdAsync(HttpClient instructor, IEnumerable<Guid> questionIds, int? timeLimitMinutes = null,
        int graceSeconds = 60, int? maxAttempts = null, string feedbackMode = "immediate", DateTimeOffset? closesAt = null, decimal passMarkPercent = 50) =>
        (await CreateQuizAsync(instructor, new
        {
            title = "Quiz",
            questions = questionIds.Select(id => new { questionId = id }).ToArray(),
            passMarkPercent,
            timeLimitMinutes,
            graceSeconds,
            maxAttempts,
            feedbackMode,
            closesAt,
        })).GetProperty("id").GetGuid();

    public static async Task<JsonElement> StartAsync(HttpClient learner, Guid quizId)
    {
        var response = await learner.PostAsync($"api/quizzes/{quizId}/attempts", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> AnswerAsync(HttpClient learner, Guid attemptId, params object[] answers)
    {
        var response = await learner.PutAsJsonAsync($"api/attempts/{attemptId}/answers", new { answers });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> SubmitAsync(HttpClient learner, Guid attemptId)
    {
        var response = await learner.PostAsync($"api/attempts/{attemptId}/submit", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The id this attempt shows for the option with <paramref name="text"/> in <paramref name="list"/> (matches, items).</summary>
    public static string OptionId(this JsonElement question, string list, string text) =>
        question.GetProperty(list).EnumerateArray().Single(o => o.GetProperty("text").GetString() == text).GetProperty("id").GetString()!;

    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();

    public static JsonElement Question(this JsonElement attempt, int position) =>
        attempt.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("position").GetInt32() == position);
}
