using System.Net;
using Azora.Web.Api;
using Azora.Web.Components.Learn;
using Azora.Web.Learning;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Azora.Web.Tests;

/// <summary>The quiz attempt's live island: its countdown from the server's deadline, debounced autosave with its status, and submit.</summary>
public sealed class LiveAttemptTests : BunitContext
{
    private static readonly Guid AttemptId = Guid.Parse("0195a000-0000-7000-8000-0000000000a1");
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 3, 0, TimeSpan.Zero);
    private static readonly string AnswersPath = $"/azora-assessment/api/attempts/{AttemptId}/answers";
    private static readonly string AttemptPath = $"/azora-assessment/api/attempts/{AttemptId}";
    private static readonly string SubmitPath = $"/azora-assessment/api/attempts/{AttemptId}/submit";

    private readonly FakeGateway _gateway = new();
    private readonly FakeTimeProvider _clock = new(Now);

    public LiveAttemptTests()
    {
        Services.AddSingleton(_gateway.Client());
        Services.AddSingleton<TimeProvider>(_clock);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        _gateway.Answer(AttemptPath, """{"state":"inProgress"}""");
    }

    [Theory]
    [InlineData(723, "12:03 left")]
    [InlineData(59.2, "1:00 left")]
    [InlineData(0.4, "0:01 left")]
    [InlineData(3909, "1:05:09 left")]
    [InlineData(0, "Time is up")]
    [InlineData(-30, "Time is up")]
    public void The_time_left_reads_as_minutes_and_seconds_with_a_part_second_counted_whole(double seconds, string expected) =>
        Assert.Equal(expected, AttemptClock.Describe(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Autosave_waits_longer_after_each_failure_in_a_row_up_to_half_a_minute()
    {
        Assert.Equal(TimeSpan.FromSeconds(3), AutosaveStatus.RetryDelay(1));
        Assert.Equal(TimeSpan.FromSeconds(12), AutosaveStatus.RetryDelay(3));
        Assert.Equal(TimeSpan.FromSeconds(30), AutosaveStatus.RetryDelay(9));
        Assert.Equal("Saved 12:03 UTC", new AutosaveStatus(AutosaveState.Saved, Now.AddSeconds(40)).Sentence);
    }

    [Fact]
    public void The_countdown_ticks_from_the_servers_deadline_and_warns_once_a_minute_is_left()
    {
        var island = RenderIsland(deadline: Now.AddSeconds(61));
        Assert.Equal("1:01 left", island.Find("[data-testid=time-left]").TextContent);

        _clock.Advance(TimeSpan.FromSeconds(1));
        _clock.Advance(TimeSpan.FromSeconds(1));

        island.WaitForAssertion(() => Assert.Equal("0:59 left", island.Find("[data-testid=time-left]").TextContent));
        Assert.Contains("One minute left", island.Find(".timer [role=status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_are_saved_a_moment_after_the_last_change_and_the_status_says_when()
    {
        _gateway.Answer(AnswersPath, "{}");
        FormHolds(["q1.choice", "B"]);
        var island = RenderIsland();

        island.Find("div.live-attempt").Change("B");
        Assert.Equal("Changes not saved yet…", Status(island));
        Assert.DoesNotContain(_gateway.Requests, r => r.Method == HttpMethod.Put);

        _clock.Advance(LiveAttempt.QuietPeriod);

        island.WaitForAssertion(() => Assert.Equal("Saved 12:03 UTC", Status(island)));
        var put = Assert.Single(_gateway.Requests, r => r.Method == HttpMethod.Put);
        Assert.Equal("""{"answers":[{"position":1,"choices":["B"],"value":null,"number":null,"unit":null,"text":null,"matches":null,"order":null}]}""", put.Body);
        Assert.Equal("polite", island.Find("#autosave-status").GetAttribute("aria-live"));
    }

    [Fact]
    public void A_save_the_service_does_not_answer_says_it_is_retrying_and_is_tried_again()
    {
        _gateway.Answer(AnswersPath, """{"status":503}""", HttpStatusCode.ServiceUnavailable);
        FormHolds(["q1.choice", "A"]);
        var island = RenderIsland();

        island.Find("div.live-attempt").Change("A");
        _clock.Advance(LiveAttempt.QuietPeriod);
        island.WaitForAssertion(() => Assert.Equal("Could not save — retrying", Status(island)));

        _gateway.Answer(AnswersPath, "{}");
        _clock.Advance(AutosaveStatus.RetryDelay(1));

        island.WaitForAssertion(() => Assert.StartsWith("Saved ", Status(island), StringComparison.Ordinal));
        Assert.Equal(2, _gateway.Requests.Count(r => r.Method == HttpMethod.Put));
    }

    [Fact]
    public void An_answer_the_service_refuses_is_explained_beside_its_own_question()
    {
        _gateway.Answer(AnswersPath, """{"status":400,"errors":{"answers[0].choices":["Choose one of the question's choices."]}}""", HttpStatusCode.BadRequest);
        FormHolds(["q1.choice", "Z"]);
        var island = RenderIsland();

        island.Find("div.live-attempt").Change("Z");
        _clock.Advance(LiveAttempt.QuietPeriod);

        island.WaitForAssertion(() => Assert.Equal("Choose one of the question's choices.", island.Find("#q1\\.error").TextContent));
        Assert.StartsWith("Not saved:", Status(island), StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_saves_the_last_answers_first_then_submits_and_shows_the_result()
    {
        _gateway.Answer(AnswersPath, "{}").Answer(SubmitPath, "{}");
        FormHolds(["q1.choice", "B"]);
        var island = RenderIsland(course: Guid.Parse("0195a000-0000-7000-8000-0000000000c1"));

        island.Find("div.live-attempt").Change("B");
        island.Find("button[value=submit]").Click();

        island.WaitForAssertion(() => Assert.EndsWith($"/attempts/{AttemptId}?course=0195a000-0000-7000-8000-0000000000c1",
            Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        Assert.Equal([HttpMethod.Put, HttpMethod.Post], _gateway.Requests.Select(r => r.Method).ToArray());
        _clock.Advance(LiveAttempt.QuietPeriod);
        Assert.Single(_gateway.Requests, r => r.Method == HttpMethod.Put);
    }

    [Fact]
    public void An_attempt_whose_deadline_has_passed_says_the_time_is_up_and_is_submitted_once()
    {
        _gateway.Answer(SubmitPath, "{}");
        FormHolds();
        var island = RenderIsland(deadline: Now.AddSeconds(-5));
        Assert.Equal("Time is up", island.Find("[data-testid=time-left]").TextContent);

        _clock.Advance(TimeSpan.FromSeconds(1));
        _clock.Advance(TimeSpan.FromSeconds(1));

        island.WaitForAssertion(() => Assert.EndsWith($"/attempts/{AttemptId}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        Assert.Single(_gateway.Requests, r => r.Method == HttpMethod.Post && r.PathAndQuery == SubmitPath);
    }

    /// <summary>What the island's form holds when it reads its fields (through the page's script).</summary>
    private void FormHolds(params string[][] fields) => JSInterop.Setup<string[][]>("azoraAttempt.fields", _ => true).SetResult(fields);

    private IRenderedComponent<LiveAttempt> RenderIsland(DateTimeOffset? deadline = null, Guid? course = null) =>
        Render<LiveAttempt>(parameters => parameters
            .Add(p => p.Attempt, Attempt(deadline))
            .Add(p => p.Course, course));

    private static string Status(IRenderedComponent<LiveAttempt> island) => island.Find("#autosave-status").TextContent;

    private static Attempt Attempt(DateTimeOffset? deadline) =>
        new(AttemptId, Guid.NewGuid(), Guid.NewGuid(), 1, "inProgress", Now.AddMinutes(-1), deadline, null, false, null, 1, null, null,
            [new AttemptQuestion(1, "singleChoice", "Closest planet?", 1, [new Option("A", "Venus"), new Option("B", "Mercury")], null, null, null, null, null, null)]);
}
