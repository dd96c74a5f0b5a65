using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using static Azora.Education.Tests.EducationFixture;

namespace Azora.Education.Tests;

[Collection(EducationCollection.Name)]
public sealed class DashboardTests(EducationFixture fixture)
{
    [Fact]
    public async Task A_learner_sees_their_own_courses_from_azora_lms_and_their_own_programs()
    {
        var learnerId = Guid.CreateVersion7();
        var token = fixture.Tokens.ForAccount(learnerId, Roles.Learner);
        using var learner = fixture.Anonymous();
        learner.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var admin = fixture.Admin();
        var course = await fixture.PublishCourseAsync(Course(title: "Dashboarded"));
        var programId = await ProgramTests.CreateAsync(admin, "pathway", [course.CourseId], title: "My pathway");
        Assert.Equal(HttpStatusCode.Created, (await learner.PostAsync($"/api/programs/{programId}/enrollments", null)).StatusCode);
        var due = DateTimeOffset.UtcNow.AddDays(3);
        fixture.Lms.Answer(token, new
        {
            courseId = course.CourseId,
            courseTitle = "Dashboarded",
            enrolledAt = DateTimeOffset.UtcNow,
            progressPercent = 40,
            completedAt = (DateTimeOffset?)null,
            nextDueDates = new[] { new { lessonId = Guid.CreateVersion7(), lessonTitle = "Week 2", dueAt = due } },
        });

        var dashboard = await learner.GetFromJsonAsync<JsonElement>("/api/dashboard");

        Assert.Equal(learnerId, dashboard.GetProperty("learnerId").GetGuid());
        var courses = dashboard.GetProperty("courses");
        Assert.Equal("available", courses.GetProperty("status").GetString());
        var item = Assert.Single(courses.GetProperty("items").EnumerateArray());
        Assert.Equal(40m, item.GetProperty("progressPercent").GetDecimal());
        Assert.Equal("Week 2", Assert.Single(item.GetProperty("nextDueDates").EnumerateArray()).GetProperty("lessonTitle").GetString());
        var program = Assert.Single(dashboard.GetProperty("programs").GetProperty("items").EnumerateArray());
        Assert.Equal("My pathway", program.GetProperty("title").GetString());
        Assert.Equal(1, program.GetProperty("coursesTotal").GetInt32());
        Assert.Equal(0, program.GetProperty("coursesCompleted").GetInt32());
    }

    [Fact]
    public async Task Another_learner_sees_only_their_own_dashboard()
    {
        var firstToken = fixture.Tokens.ForAccount(Guid.CreateVersion7(), Roles.Learner);
        fixture.Lms.Answer(firstToken, new { courseId = Guid.CreateVersion7(), courseTitle = "Private", enrolledAt = DateTimeOffset.UtcNow, progressPercent = 10, nextDueDates = Array.Empty<object>() });
        var otherToken = fixture.Tokens.ForAccount(Guid.CreateVersion7(), Roles.Learner);
        fixture.Lms.Answer(otherToken);
        using var other = fixture.Anonymous();
        other.DefaultRequestHeaders.Authorization = new("Bearer", otherToken);

        var dashboard = await other.GetFromJsonAsync<JsonElement>("/api/dashboard");

        Assert.Empty(dashboard.GetProperty("courses").GetProperty("items").EnumerateArray());
        Assert.Empty(dashboard.GetProperty("programs").GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Only_a_signed_in_learner_has_a_dashboard()
    {
        using var anonymous = fixture.Anonymous();
        using var guardian = fixture.NewGuardian(out _);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await guardian.GetAsync("/api/dashboard")).StatusCode);
    }

    [Fact]
    public async Task When_azora_lms_refuses_the_courses_are_marked_unavailable_and_the_programs_still_shown()
    {
        using var learner = fixture.NewLearner(out _);

        var response = await learner.GetAsync("/api/dashboard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dashboard = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("unavailable", dashboard.GetProperty("courses").GetProperty("status").GetString());
        Assert.Equal("available", dashboard.GetProperty("programs").GetProperty("status").GetString());
    }
}

/// <summary>azora-education with nothing listening where azora-lms should be.</summary>
public sealed class UnreachableLmsTests : IAsyncLifetime
{
    private readonly Azora.Testing.TestTokens _tokens = new();
    private Azora.Testing.TestPlatform _platform = null!;

    public async Task InitializeAsync() => _platform = await StartAsync(_tokens, lms: null);

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _tokens.Dispose();
    }

    [Fact]
    public async Task When_azora_lms_is_unreachable_the_dashboard_still_answers_with_the_courses_marked_unavailable()
    {
        using var learner = _platform.Client(ServiceId);
        learner.DefaultRequestHeaders.Authorization = new("Bearer", _tokens.ForAccount(Guid.CreateVersion7(), Roles.Learner));

        var response = await learner.GetAsync("/api/dashboard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dashboard = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("unavailable", dashboard.GetProperty("courses").GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(dashboard.GetProperty("courses").GetProperty("reason").GetString()));
        Assert.Empty(dashboard.GetProperty("programs").GetProperty("items").EnumerateArray());
    }
}
