using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;
using Ical.Net.CalendarComponents;
using static Azora.Lms.Tests.Lms;

namespace Azora.Lms.Tests;

/// <summary>The secret iCalendar address: parsed back with Ical.Net's own loader, dated by the service's clock, and rotatable.</summary>
[Collection(LmsCollection.Name)]
public sealed class CalendarTests(LmsFixture fixture)
{
    private static async Task<string> AddressAsync(HttpClient learner)
    {
        var created = await ExpectAsync(await learner.PostAsync("/api/me/calendar", null), HttpStatusCode.OK);
        return created.GetProperty("url").GetString()!;
    }

    /// <summary>The path of the address, to call on the service's own port (the address itself names the gateway).</summary>
    private static string PathOf(string url)
    {
        var path = new Uri(url).AbsolutePath;
        return path[path.IndexOf("/api/", StringComparison.Ordinal)..];
    }

    /// <summary>iCalendar times have whole seconds.</summary>
    private static DateTime ToSeconds(DateTimeOffset time) => new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    [Fact]
    public async Task The_feed_lists_the_learners_open_due_dates_as_events_a_calendar_parser_reads()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        using var anonymous = fixture.Anonymous();
        var course = await PublishedCourseAsync(instructor.Client);
        var enrolledAt = fixture.Clock.GetUtcNow();
        await EnrolAsync(learner.Client, course.Id);
        await CompleteAsync(learner.Client, course.Reading);
        fixture.Clock.Advance(TimeSpan.FromMinutes(30));
        var url = await AddressAsync(learner.Client);

        var response = await anonymous.GetAsync(PathOf(url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".ics", url, StringComparison.Ordinal);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal(ToSeconds(enrolledAt.AddDays(7)), events[0].DtStart!.AsUtc);
        Assert.Equal(ToSeconds(enrolledAt.AddDays(14)), events[1].DtStart!.AsUtc);
        Assert.Contains("Joins, explained", events[0].Summary, StringComparison.Ordinal);
        Assert.Equal(ToSeconds(fixture.Clock.GetUtcNow()), events[0].DtStamp!.AsUtc);
        Assert.All(events, e => Assert.EndsWith("@azora-lms", e.Uid, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rotating_the_address_stops_the_old_one_working()
    {
        using var learner = fixture.NewLearner();
        using var anonymous = fixture.Anonymous();
        var first = await AddressAsync(learner.Client);

        var second = await AddressAsync(learner.Client);

        Assert.NotEqual(first, second);
        await Problems.AssertProblemAsync(await anonymous.GetAsync(PathOf(first)), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(PathOf(second))).StatusCode);
        var token = PathOf(second)["/api/calendar/".Length..^".ics".Length];
        Assert.Equal(32, Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=").Length);
    }

    [Fact]
    public async Task Each_learner_has_their_own_address_and_sees_only_their_own_due_dates()
    {
        using var instructor = fixture.NewInstructor();
        using var alice = fixture.NewLearner();
        using var bob = fixture.NewLearner();
        using var anonymous = fixture.Anonymous();
        var course = await PublishedCourseAsync(instructor.Client);
        await EnrolAsync(alice.Client, course.Id);

        var bobs = await anonymous.GetStringAsync(PathOf(await AddressAsync(bob.Client)));
        var alices = await anonymous.GetStringAsync(PathOf(await AddressAsync(alice.Client)));

        Assert.Empty(Ical.Net.Calendar.Load(bobs)!.Events);
        Assert.Equal(3, Ical.Net.Calendar.Load(alices)!.Events.Count);
    }
}
