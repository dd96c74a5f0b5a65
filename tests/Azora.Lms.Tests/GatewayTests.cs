using System.Net;
using System.Net.Http.Json;
using Azora.Contracts;
using Azora.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;
using static Azora.Lms.Tests.Lms;

namespace Azora.Lms.Tests;

/// <summary>Through the gateway (<c>/azora-lms/...</c>), as any HTTP client drives the journey, and the calendar address it hands out.</summary>
public sealed class GatewayTests : IAsyncLifetime
{
    private readonly TestTokens _tokens = new();
    private TestPlatform _platform = null!;

    public async Task InitializeAsync() =>
        _platform = await TestPlatform.StartAsync([LmsFixture.ServiceId, "load-balancer"], configure: builder =>
        {
            _tokens.Trust(builder);
            EventProbe.Subscribe(builder);
        });

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _tokens.Dispose();
    }

    private HttpClient GatewayAs(Guid accountId, string role)
    {
        var client = _platform.Gateway();
        client.BaseAddress = new Uri(client.BaseAddress!, "/azora-lms/");
        client.DefaultRequestHeaders.Authorization = new("Bearer", _tokens.ForAccount(accountId, role));
        return client;
    }

    [Fact]
    public async Task The_journey_runs_through_the_gateway_and_the_calendar_address_works_as_handed_out()
    {
        var learnerId = Guid.CreateVersion7();
        using var instructor = GatewayAs(Guid.CreateVersion7(), Roles.Instructor);
        using var learner = GatewayAs(learnerId, Roles.Learner);
        using var calendarApp = new HttpClient();

        var course = (await ExpectAsync(await instructor.PostAsJsonAsync("api/courses", CourseBody()), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var module = (await ExpectAsync(await instructor.PostAsJsonAsync($"api/courses/{course}/modules", new { title = "Basics" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var reading = (await ExpectAsync(await instructor.PostAsJsonAsync($"api/modules/{module}/lessons", Reading(dueOffsetDays: 2)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var quizId = Guid.CreateVersion7();
        await ExpectAsync(await instructor.PostAsJsonAsync($"api/modules/{module}/lessons", Quiz(quizId, dueOffsetDays: 5)), HttpStatusCode.Created);
        await ExpectAsync(await instructor.PostAsync($"api/courses/{course}/publish", null), HttpStatusCode.OK);
        await ExpectAsync(await learner.PostAsync($"api/courses/{course}/enrollments", null), HttpStatusCode.Created);
        await ExpectAsync(await learner.PostAsync($"api/lessons/{reading}/completion", null), HttpStatusCode.OK);
        var calendarUrl = (await ExpectAsync(await learner.PostAsync("api/me/calendar", null), HttpStatusCode.OK)).GetProperty("url").GetString()!;
        var calendar = Ical.Net.Calendar.Load(await calendarApp.GetStringAsync(calendarUrl))!;
        var graded = Graded(quizId, learnerId, 100, passed: true);
        await _platform.App.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).PublishMessageAndWaitAsync(graded);
        await _platform.App.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).PublishMessageAndWaitAsync(graded);

        Assert.Equal(_platform.PortOf("load-balancer"), new Uri(calendarUrl).Port);
        Assert.StartsWith("/azora-lms/api/calendar/", new Uri(calendarUrl).AbsolutePath, StringComparison.Ordinal);
        Assert.Single(calendar.Events);
        var progress = await ExpectAsync(await learner.GetAsync($"api/courses/{course}/progress"), HttpStatusCode.OK);
        Assert.Equal(100m, progress.GetProperty("percent").GetDecimal());
        Assert.Single(_platform.App.Services.GetRequiredService<ReceivedEvents>().CoursesCompleted, c => c.LearnerId == learnerId && c.CourseId == course);
    }
}
