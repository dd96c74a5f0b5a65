using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azora.Testing;
using static Azora.Lms.Tests.Lms;

namespace Azora.Lms.Tests;

/// <summary>Bad input on every endpoint is a 4xx problem naming what is wrong, and changes nothing.</summary>
[Collection(LmsCollection.Name)]
public sealed class BadInputTests(LmsFixture fixture)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Long(int length) => new('x', length);

    [Theory]
    [InlineData("""{"subject":"Data","level":"beginner"}""", "title")]
    [InlineData("""{"title":"   ","subject":"Data","level":"beginner"}""", "title")]
    [InlineData("""{"title":42,"subject":"Data","level":"beginner"}""", "title")]
    [InlineData("""{"title":"SQL","level":"beginner"}""", "subject")]
    [InlineData("""{"title":"SQL","subject":"Data"}""", "level")]
    [InlineData("""{"title":"SQL","subject":"Data","level":"beginner","priceMinor":-1}""", "priceMinor")]
    [InlineData("""{"title":"SQL","subject":"Data","level":"beginner","priceMinor":"ten"}""", "priceMinor")]
    [InlineData("""{"title":"SQL","subject":"Data","level":"beginner","currency":"ZZZ"}""", "currency")]
    [InlineData("""{"title":"SQL","subject":"Data","level":"beginner","currency":"rand"}""", "currency")]
    [InlineData("""{"title":"SQL","subject":"Data","level":"beginner","language":"english!"}""", "language")]
    [InlineData("""{"title":"SQL","subject":"Data","level":"beginner","skills":["ok",""]}""", "skills")]
    [InlineData("""{"title":"SQL","subject":"Data","level":"beginner","skills":"SQL"}""", "skills")]
    [InlineData("""{"title":"SQL","subject":"Data","level":"beginner","prerequisites":["not-a-guid"]}""", "prerequisites[0]")]
    [InlineData("""{"title":"SQL","subject":"Data","level":"beginner","prerequisites":["0199c0de-0000-7000-8000-000000000001"]}""", "prerequisites")]
    [InlineData("""{"title":"SQL","subject":"Data","level":"beginner","minimumGrade":101}""", "minimumGrade")]
    public async Task A_bad_course_is_refused_naming_the_field_and_nothing_is_created(string json, string field)
    {
        using var instructor = fixture.NewInstructor();

        var response = await instructor.Client.PostAsync("/api/courses", Json(json));

        await Problems.AssertFieldErrorAsync(response, field);
        Assert.Empty((await GetAsync(instructor.Client, "/api/courses")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Oversized_course_text_is_refused_naming_the_field()
    {
        using var instructor = fixture.NewInstructor();

        await Problems.AssertFieldErrorAsync(await instructor.Client.PostAsJsonAsync("/api/courses", new { title = Long(201), subject = "Data", level = "beginner" }), "title");
        await Problems.AssertFieldErrorAsync(await instructor.Client.PostAsJsonAsync("/api/courses", new { title = "SQL", summary = Long(2001), subject = "Data", level = "beginner" }), "summary");
        await Problems.AssertFieldErrorAsync(await instructor.Client.PostAsJsonAsync("/api/courses", new { title = "SQL", subject = "Data", level = "beginner", skills = Enumerable.Repeat("s", 31) }), "skills");
        await Problems.AssertFieldErrorAsync(await instructor.Client.PostAsJsonAsync("/api/courses", new { title = "SQL", subject = "Data", level = "beginner", skills = new[] { Long(101) } }), "skills");
        Assert.Empty((await GetAsync(instructor.Client, "/api/courses")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        using var instructor = fixture.NewInstructor();

        var response = await instructor.Client.PostAsync("/api/courses", Json("{\"title\": "));

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_edit_that_makes_a_prerequisite_cycle_or_requires_itself_is_refused_and_the_course_keeps_its_description()
    {
        using var instructor = fixture.NewInstructor();
        var first = await CreateCourseAsync(instructor.Client, CourseBody(title: "First"));
        var second = await CreateCourseAsync(instructor.Client, CourseBody(title: "Second", prerequisites: [first]));

        var cycle = await instructor.Client.PutAsJsonAsync($"/api/courses/{first}", CourseBody(title: "First", prerequisites: [second]));
        var itself = await instructor.Client.PutAsJsonAsync($"/api/courses/{first}", CourseBody(title: "First", prerequisites: [first]));
        var badPrice = await instructor.Client.PutAsJsonAsync($"/api/courses/{first}", CourseBody(title: "Changed", priceMinor: -5));

        await Problems.AssertFieldErrorAsync(cycle, "prerequisites");
        await Problems.AssertFieldErrorAsync(itself, "prerequisites");
        await Problems.AssertFieldErrorAsync(badPrice, "priceMinor");
        var read = await GetAsync(instructor.Client, $"/api/courses/{first}");
        Assert.Equal("First", read.GetProperty("title").GetString());
        Assert.Empty(read.GetProperty("prerequisites").EnumerateArray());
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems_on_every_endpoint()
    {
        using var instructor = fixture.NewInstructor();
        var id = Guid.CreateVersion7();
        var client = instructor.Client;

        HttpResponseMessage[] responses =
        [
            await client.GetAsync($"/api/courses/{id}"),
            await client.PutAsJsonAsync($"/api/courses/{id}", CourseBody()),
            await client.PostAsJsonAsync($"/api/courses/{id}/modules", new { title = "M" }),
            await client.PostAsJsonAsync($"/api/modules/{id}/lessons", Reading()),
            await client.PostAsync($"/api/courses/{id}/publish", null),
            await client.PostAsync($"/api/courses/{id}/unpublish", null),
            await client.PutAsync($"/api/courses/{id}/instructors/{Guid.CreateVersion7()}", null),
            await client.DeleteAsync($"/api/courses/{id}/instructors/{Guid.CreateVersion7()}"),
            await client.PostAsync($"/api/courses/{id}/enrollments", null),
            await client.PostAsync($"/api/lessons/{id}/completion", null),
            await client.GetAsync($"/api/courses/{id}/progress"),
            await client.PutAsJsonAsync($"/api/lessons/{id}/extensions/{Guid.CreateVersion7()}", new { dueAt = DateTimeOffset.UtcNow }),
            await client.PutAsJsonAsync($"/api/courses/{id}/gradebook/categories", new { categories = Array.Empty<object>() }),
            await client.GetAsync($"/api/courses/{id}/gradebook"),
            await client.PostAsJsonAsync($"/api/courses/{id}/announcements", new { title = "t", body = "b" }),
            await client.GetAsync($"/api/courses/{id}/announcements"),
        ];

        foreach (var response in responses)
        {
            await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        }
    }

    [Theory]
    [InlineData("""{"kind":"content","contentItemId":"0199c0de-0000-7000-8000-000000000001"}""", "title")]
    [InlineData("""{"title":"L","kind":"podcast"}""", "kind")]
    [InlineData("""{"title":"L"}""", "kind")]
    [InlineData("""{"title":"L","kind":"content"}""", "contentItemId")]
    [InlineData("""{"title":"L","kind":"content","contentItemId":"nope"}""", "contentItemId")]
    [InlineData("""{"title":"L","kind":"video","videoUrl":"https://v.test/a.mp4"}""", "captionsUrl")]
    [InlineData("""{"title":"L","kind":"video","videoUrl":"ftp://v.test/a.mp4","captionsUrl":"https://v.test/a.vtt"}""", "videoUrl")]
    [InlineData("""{"title":"L","kind":"quiz"}""", "quizId")]
    [InlineData("""{"title":"L","kind":"content","contentItemId":"0199c0de-0000-7000-8000-000000000001","quizId":"0199c0de-0000-7000-8000-000000000002"}""", "quizId")]
    [InlineData("""{"title":"L","kind":"content","contentItemId":"0199c0de-0000-7000-8000-000000000001","gradeCategory":"Quizzes"}""", "gradeCategory")]
    [InlineData("""{"title":"L","kind":"content","contentItemId":"0199c0de-0000-7000-8000-000000000001","dueOffsetDays":-1}""", "dueOffsetDays")]
    [InlineData("""{"title":"L","kind":"content","contentItemId":"0199c0de-0000-7000-8000-000000000001","dueOffsetDays":"soon"}""", "dueOffsetDays")]
    [InlineData("""{"title":"L","kind":"content","contentItemId":"0199c0de-0000-7000-8000-000000000001","required":"yes"}""", "required")]
    public async Task A_bad_lesson_is_refused_naming_the_field_and_the_module_stays_empty(string json, string field)
    {
        using var instructor = fixture.NewInstructor();
        var course = await CreateCourseAsync(instructor.Client);
        var module = await AddModuleAsync(instructor.Client, course);

        var response = await instructor.Client.PostAsync($"/api/modules/{module}/lessons", Json(json));

        await Problems.AssertFieldErrorAsync(response, field);
        Assert.Empty((await GetAsync(instructor.Client, $"/api/courses/{course}")).GetProperty("modules")[0].GetProperty("lessons").EnumerateArray());
    }

    [Fact]
    public async Task Oversized_module_lesson_and_announcement_text_is_refused()
    {
        using var instructor = fixture.NewInstructor();
        var course = await PublishedCourseAsync(instructor.Client);

        await Problems.AssertFieldErrorAsync(await instructor.Client.PostAsJsonAsync($"/api/courses/{course.Id}/modules", new { title = Long(201) }), "title");
        await Problems.AssertFieldErrorAsync(await instructor.Client.PostAsJsonAsync($"/api/courses/{course.Id}/modules", new { title = " " }), "title");
        await Problems.AssertFieldErrorAsync(await instructor.Client.PostAsJsonAsync($"/api/courses/{course.Id}/modules", new { }), "title");
        await Problems.AssertFieldErrorAsync(await instructor.Client.PostAsJsonAsync($"/api/modules/{course.ModuleId}/lessons", new { title = Long(201), kind = "content", contentItemId = Guid.CreateVersion7() }), "title");
        await Problems.AssertFieldErrorAsync(await instructor.Client.PostAsJsonAsync($"/api/modules/{course.ModuleId}/lessons", new { title = "V", kind = "video", videoUrl = "https://v.test/" + Long(2000), captionsUrl = "https://v.test/c.vtt" }), "videoUrl");
        await Problems.AssertFieldErrorAsync(await instructor.Client.PostAsJsonAsync($"/api/courses/{course.Id}/announcements", new { title = "Hi", body = Long(10_001) }), "body");
        await Problems.AssertFieldErrorAsync(await instructor.Client.PostAsJsonAsync($"/api/courses/{course.Id}/announcements", new { title = "Hi" }), "body");
        await Problems.AssertFieldErrorAsync(await instructor.Client.PostAsJsonAsync($"/api/courses/{course.Id}/announcements", new { title = "  ", body = "b" }), "title");

        var read = await GetAsync(instructor.Client, $"/api/courses/{course.Id}");
        Assert.Single(read.GetProperty("modules").EnumerateArray());
        Assert.Equal(3, read.GetProperty("modules")[0].GetProperty("lessons").GetArrayLength());
        Assert.Empty((await GetAsync(instructor.Client, $"/api/courses/{course.Id}/announcements")).GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/me/enrollments?limit=0", "limit")]
    [InlineData("/api/me/enrollments?limit=101", "limit")]
    [InlineData("/api/me/enrollments?cursor=not-a-cursor", "cursor")]
    [InlineData("/api/me/statements?limit=ten", "limit")]
    [InlineData("/api/me/statements?cursor=%%%", "cursor")]
    [InlineData("/api/courses?limit=-3", "limit")]
    public async Task A_bad_page_request_is_refused_naming_the_parameter(string path, string field)
    {
        using var learner = fixture.NewInstructor();

        await Problems.AssertFieldErrorAsync(await learner.Client.GetAsync(path), field);
    }

    [Fact]
    public async Task Bad_query_and_body_values_on_the_learning_endpoints_are_400_problems()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await PublishedCourseAsync(instructor.Client);
        await EnrolAsync(learner.Client, course.Id);

        var progress = await instructor.Client.GetAsync($"/api/courses/{course.Id}/progress?learnerId=someone");
        var extension = await instructor.Client.PutAsync($"/api/lessons/{course.Reading}/extensions/{learner.Id}", Json("""{"dueAt":"next tuesday"}"""));
        var announcements = await learner.Client.GetAsync($"/api/courses/{course.Id}/announcements?limit=1000");
        var gradebook = await instructor.Client.GetAsync($"/api/courses/{course.Id}/gradebook?cursor=zzz");
        var noCategories = await instructor.Client.PutAsync($"/api/courses/{course.Id}/gradebook/categories", Json("{}"));
        var selfCoInstructor = await instructor.Client.PutAsync($"/api/courses/{course.Id}/instructors/{instructor.Id}", null);

        await Problems.AssertProblemAsync(progress, HttpStatusCode.BadRequest);
        await Problems.AssertFieldErrorAsync(extension, "dueAt");
        await Problems.AssertFieldErrorAsync(announcements, "limit");
        await Problems.AssertFieldErrorAsync(gradebook, "cursor");
        await Problems.AssertFieldErrorAsync(noCategories, "categories");
        await Problems.AssertFieldErrorAsync(selfCoInstructor, "accountId");
        var progressNow = await ProgressAsync(learner.Client, course.Id);
        Assert.Equal(progressNow.GetProperty("enrolledAt").GetDateTimeOffset().AddDays(3), progressNow.GetProperty("lessons")[0].GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Array, (await GetAsync(instructor.Client, $"/api/courses/{course.Id}")).GetProperty("coInstructorIds").ValueKind);
        Assert.Empty((await GetAsync(instructor.Client, $"/api/courses/{course.Id}")).GetProperty("coInstructorIds").EnumerateArray());
    }
}
