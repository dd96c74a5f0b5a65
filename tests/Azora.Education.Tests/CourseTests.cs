using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;
using Microsoft.EntityFrameworkCore;
using static Azora.Education.Tests.EducationFixture;

namespace Azora.Education.Tests;

[Collection(EducationCollection.Name)]
public sealed class CourseTests(EducationFixture fixture)
{
    [Fact]
    public async Task A_course_is_plain_json_with_its_runs_in_start_order()
    {
        using var instructor = fixture.NewInstructor(out var instructorId);
        var course = await fixture.PublishCourseAsync(Course(title: "Statistics", priceMinor: 19_999, skills: ["Regression", "Sampling"], instructors: [instructorId]));
        var start = new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);
        await ScheduleAsync(instructor, course.CourseId, new { startsAt = start.AddMonths(2), pacing = "self-paced" });
        await ScheduleAsync(instructor, course.CourseId, new { startsAt = start, endsAt = start.AddDays(42), seats = 30, pacing = "instructor-led" });

        using var anonymous = fixture.Anonymous();
        var response = await anonymous.GetAsync($"/api/courses/{course.CourseId}");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var detail = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Statistics", detail.GetProperty("title").GetString());
        Assert.Equal("paid", detail.GetProperty("price").GetString());
        Assert.Equal(19_999, detail.GetProperty("priceMinor").GetInt64());
        var runs = detail.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(["instructor-led", "self-paced"], runs.Select(r => r.GetProperty("pacing").GetString()));
        Assert.Equal(30, runs[0].GetProperty("seats").GetInt32());
        Assert.Equal(start, runs[0].GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, runs[1].GetProperty("seats").ValueKind);
    }

    [Fact]
    public async Task With_accept_ld_json_a_course_is_a_schema_org_course_with_offers_and_instances()
    {
        using var instructor = fixture.NewInstructor(out var instructorId);
        var course = await fixture.PublishCourseAsync(Course(
            title: "Spreadsheets", level: "intermediate", language: "af", priceMinor: 25_050, skills: ["Pivot tables", "Formulas"], instructors: [instructorId]));
        var start = new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero);
        await ScheduleAsync(instructor, course.CourseId, new { startsAt = start, endsAt = start.AddDays(30), seats = 25, pacing = "instructor-led" });

        using var anonymous = fixture.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/courses/{course.CourseId}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/ld+json"));
        var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ld = document.RootElement;
        Assert.Equal("https://schema.org", ld.GetProperty("@context").GetString());
        Assert.Equal("Course", ld.GetProperty("@type").GetString());
        Assert.Equal("Spreadsheets", ld.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(ld.GetProperty("description").GetString()));
        Assert.StartsWith("AZ-", ld.GetProperty("courseCode").GetString(), StringComparison.Ordinal);
        Assert.Equal("af", ld.GetProperty("inLanguage").GetString());
        Assert.Equal("intermediate", ld.GetProperty("educationalLevel").GetString());
        Assert.Equal(["Formulas", "Pivot tables"], ld.GetProperty("teaches").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Organization", ld.GetProperty("provider").GetProperty("@type").GetString());
        Assert.Equal("Azora", ld.GetProperty("provider").GetProperty("name").GetString());
        var offer = ld.GetProperty("offers");
        Assert.Equal("Offer", offer.GetProperty("@type").GetString());
        Assert.Equal(250.50m, offer.GetProperty("price").GetDecimal());
        Assert.Equal("ZAR", offer.GetProperty("priceCurrency").GetString());
        var instance = Assert.Single(ld.GetProperty("hasCourseInstance").EnumerateArray());
        Assert.Equal("CourseInstance", instance.GetProperty("@type").GetString());
        Assert.Equal(start, instance.GetProperty("startDate").GetDateTimeOffset());
        Assert.Equal(start.AddDays(30), instance.GetProperty("endDate").GetDateTimeOffset());
        Assert.Equal(25, instance.GetProperty("maximumAttendeeCapacity").GetInt32());
        Assert.Contains("instructor-led", instance.GetProperty("courseMode").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task A_free_course_offers_a_price_of_zero()
    {
        var course = await fixture.PublishCourseAsync(Course(title: "Free course"));
        using var anonymous = fixture.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/courses/{course.CourseId}");
        request.Headers.Accept.ParseAdd("application/ld+json");

        using var document = JsonDocument.Parse(await (await anonymous.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Equal(0m, document.RootElement.GetProperty("offers").GetProperty("price").GetDecimal());
        Assert.Empty(document.RootElement.GetProperty("hasCourseInstance").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_course_is_404()
    {
        using var anonymous = fixture.Anonymous();
        await Problems.AssertProblemAsync(await anonymous.GetAsync($"/api/courses/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_courses_instructors_and_platform_admins_schedule_change_and_cancel_runs()
    {
        using var owner = fixture.NewInstructor(out var ownerId);
        using var other = fixture.NewInstructor(out _);
        using var learner = fixture.NewLearner(out _);
        using var admin = fixture.Admin();
        var course = await fixture.PublishCourseAsync(Course(instructors: [ownerId]));
        var run = new { startsAt = DateTimeOffset.UtcNow.AddDays(7), pacing = "self-paced" };

        await Problems.AssertProblemAsync(await other.PostAsJsonAsync($"/api/courses/{course.CourseId}/runs", run), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsJsonAsync($"/api/courses/{course.CourseId}/runs", run)).StatusCode);
        using var anonymous = fixture.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/courses/{course.CourseId}/runs", run)).StatusCode);

        var runId = await ScheduleAsync(owner, course.CourseId, run);
        await Problems.AssertProblemAsync(await other.PutAsJsonAsync($"/api/courses/{course.CourseId}/runs/{runId}", run with { pacing = "instructor-led" }), HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(await other.DeleteAsync($"/api/courses/{course.CourseId}/runs/{runId}"), HttpStatusCode.Forbidden);

        var changed = await admin.PutAsJsonAsync($"/api/courses/{course.CourseId}/runs/{runId}", new { startsAt = run.startsAt, seats = 12, pacing = "instructor-led" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(12, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("seats").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/courses/{course.CourseId}/runs/{runId}")).StatusCode);
        Assert.Equal(0, await fixture.QueryAsync(db => db.Runs.CountAsync(r => r.CourseId == course.CourseId)));
        await Problems.AssertProblemAsync(await owner.DeleteAsync($"/api/courses/{course.CourseId}/runs/{runId}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_runs_are_refused_naming_the_field_and_change_nothing()
    {
        using var owner = fixture.NewInstructor(out var ownerId);
        var course = await fixture.PublishCourseAsync(Course(instructors: [ownerId]));
        var path = $"/api/courses/{course.CourseId}/runs";
        var start = DateTimeOffset.UtcNow.AddDays(3);

        await Problems.AssertFieldErrorAsync(await owner.PostAsJsonAsync(path, new { startsAt = start, endsAt = start.AddHours(-1), pacing = "self-paced" }), "endsAt");
        await Problems.AssertFieldErrorAsync(await owner.PostAsJsonAsync(path, new { startsAt = start, seats = 0, pacing = "self-paced" }), "seats");
        await Problems.AssertFieldErrorAsync(await owner.PostAsJsonAsync(path, new { startsAt = start, pacing = "whenever" }), "pacing");
        await Problems.AssertFieldErrorAsync(await owner.PostAsJsonAsync(path, new { pacing = "self-paced" }), "startsAt");
        await Problems.AssertFieldErrorAsync(await owner.PostAsJsonAsync(path, new { startsAt = "next tuesday", pacing = "self-paced" }), "startsAt");
        await Problems.AssertFieldErrorAsync(await owner.PostAsJsonAsync(path, new { startsAt = start, seats = "many", pacing = "self-paced" }), "seats");
        await Problems.AssertProblemAsync(await owner.PostAsync(path, new StringContent("{", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await Problems.AssertProblemAsync(await owner.PostAsJsonAsync($"/api/courses/{Guid.CreateVersion7()}/runs", new { startsAt = start, pacing = "self-paced" }), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await owner.PutAsJsonAsync($"{path}/{Guid.CreateVersion7()}", new { startsAt = start, pacing = "self-paced" }), HttpStatusCode.NotFound);

        var runId = await ScheduleAsync(owner, course.CourseId, new { startsAt = start, pacing = "self-paced" });
        await Problems.AssertFieldErrorAsync(await owner.PutAsJsonAsync($"{path}/{runId}", new { startsAt = start, endsAt = start, pacing = "self-paced" }), "endsAt");

        var stored = await fixture.QueryAsync(db => db.Runs.Where(r => r.CourseId == course.CourseId).ToListAsync());
        Assert.Equal(runId, Assert.Single(stored).Id);
        Assert.Null(stored[0].EndsAt);
    }

    private static async Task<Guid> ScheduleAsync(HttpClient instructor, Guid courseId, object run)
    {
        var response = await instructor.PostAsJsonAsync($"/api/courses/{courseId}/runs", run);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
