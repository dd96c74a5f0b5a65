using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts.Assessment;

namespace Azora.Lms.Tests;

/// <summary>A published course a test works with: one module with a reading, a captioned video and a quiz.</summary>
public sealed record SampleCourse(Guid Id, Guid ModuleId, Guid Reading, Guid Video, Guid QuizLesson, Guid QuizId);

/// <summary>The azora-lms calls tests repeat, each asserting that it succeeded.</summary>
internal static class Lms
{
    public static object CourseBody(string title = "Intro to SQL", long priceMinor = 0, string currency = "ZAR", Guid[]? prerequisites = null, decimal minimumGrade = 0) => new
    {
        title,
        summary = "Tables, rows and joins.",
        subject = "Data",
        level = "beginner",
        language = "en",
        priceMinor,
        currency,
        skills = new[] { "SQL joins", "Relational modelling" },
        prerequisites = prerequisites ?? [],
        minimumGrade,
    };

    public static async Task<Guid> CreateCourseAsync(HttpClient instructor, object? body = null) =>
        (await ExpectAsync(await instructor.PostAsJsonAsync("/api/courses", body ?? CourseBody()), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static async Task<Guid> AddModuleAsync(HttpClient instructor, Guid courseId, string title = "Basics") =>
        (await ExpectAsync(await instructor.PostAsJsonAsync($"/api/courses/{courseId}/modules", new { title }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static async Task<Guid> AddLessonAsync(HttpClient instructor, Guid moduleId, object lesson) =>
        (await ExpectAsync(await instructor.PostAsJsonAsync($"/api/modules/{moduleId}/lessons", lesson), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static object Reading(string title = "What a table is", bool required = true, int? dueOffsetDays = null) =>
        new { title, kind = "content", contentItemId = Guid.CreateVersion7(), required, dueOffsetDays };

    public static object Video(string title = "Joins, explained", bool required = true, int? dueOffsetDays = null) =>
        new { title, kind = "video", videoUrl = "https://media.azora.test/joins.mp4", captionsUrl = "https://media.azora.test/joins.vtt", required, dueOffsetDays };

    public static object Quiz(Guid quizId, string title = "Joins quiz", string? gradeCategory = null, bool required = true, int? dueOffsetDays = null) =>
        new { title, kind = "quiz", quizId, gradeCategory, required, dueOffsetDays };

    public static async Task PublishAsync(HttpClient instructor, Guid courseId) =>
        await ExpectAsync(await instructor.PostAsync($"/api/courses/{courseId}/publish", null), HttpStatusCode.OK);

    /// <summary>A published free course: a required reading due 3 days after enrolment, a required video due 7, a required quiz due 14.</summary>
    public static async Task<SampleCourse> PublishedCourseAsync(HttpClient instructor, object? body = null)
    {
        var course = await CreateCourseAsync(instructor, body);
        var module = await AddModuleAsync(instructor, course);
        var reading = await AddLessonAsync(instructor, module, Reading(dueOffsetDays: 3));
        var video = await AddLessonAsync(instructor, module, Video(dueOffsetDays: 7));
        var quizId = Guid.CreateVersion7();
        var quiz = await AddLessonAsync(instructor, module, Quiz(quizId, dueOffsetDays: 14));
        await PublishAsync(instructor, course);
        return new SampleCourse(course, module, reading, video, quiz, quizId);
    }

    public static async Task<JsonElement> EnrolAsync(HttpClient learner, Guid courseId)
    {
        var response = await learner.PostAsync($"/api/courses/{courseId}/enrollments", null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> CompleteAsync(HttpClient learner, Guid lessonId) =>
        await ExpectAsync(await learner.PostAsync($"/api/lessons/{lessonId}/completion", null), HttpStatusCode.OK);

    public static async Task<JsonElement> ProgressAsync(HttpClient caller, Guid courseId, Guid? learnerId = null) =>
        await ExpectAsync(await caller.GetAsync($"/api/courses/{courseId}/progress" + (learnerId is { } id ? $"?learnerId={id}" : "")), HttpStatusCode.OK);

    public static async Task<JsonElement> GetAsync(HttpClient caller, string path) =>
        await ExpectAsync(await caller.GetAsync(path), HttpStatusCode.OK);

    public static AttemptGraded Graded(Guid quizId, Guid learnerId, decimal percent, bool passed, Guid? attemptId = null, int attemptNumber = 1, int revision = 1) =>
        new(attemptId ?? Guid.CreateVersion7(), quizId, learnerId, attemptNumber, percent / 10m, 10m, percent, passed, revision, DateTimeOffset.UtcNow);

    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
