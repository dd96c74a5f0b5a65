using Azora.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Azora.Web.Tests.Studio;

/// <summary>The quiz settings form read into azora-assessment's request.</summary>
public sealed class StudioQuizSettingsTests
{
    private static FormCollection Form(params (string Name, string Value)[] fields) =>
        new(fields.ToDictionary(f => f.Name, f => new StringValues(f.Value)));

    [Fact]
    public void The_settings_are_read_with_empty_limits_meaning_none_and_the_close_date_in_utc()
    {
        var (settings, refusal) = StudioQuizSettings.Read(Form(("settings-title", " Capitals "), ("settings-pass-mark", "62.5"), ("settings-time-limit", ""),
            ("settings-grace", "30"), ("settings-max-attempts", "3"), ("settings-feedback", "afterClose"), ("settings-closes-at", "2026-12-01T09:30")));

        Assert.Null(refusal);
        Assert.Equal(new StudioQuizSettings("Capitals", 62.5m, null, 30, 3, "afterClose", new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero)), settings);
    }

    [Fact]
    public void A_limit_that_is_not_a_whole_number_is_refused_beside_its_field()
    {
        var (settings, refusal) = StudioQuizSettings.Read(Form(("settings-title", "Capitals"), ("settings-time-limit", "ten"), ("settings-max-attempts", "2.5")));

        Assert.Null(settings);
        Assert.Equal("“ten” is not a number.", refusal!.For("timeLimitMinutes"));
        Assert.Equal("Write a whole number.", refusal.For("maxAttempts"));
    }
}
