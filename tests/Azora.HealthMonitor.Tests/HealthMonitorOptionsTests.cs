using Microsoft.Extensions.Configuration;

namespace Azora.HealthMonitor.Tests;

public sealed class HealthMonitorOptionsTests
{
    private static HealthMonitorOptions From(Dictionary<string, string?> settings) =>
        HealthMonitorOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    [Fact]
    public void Without_settings_the_monitor_polls_every_ten_seconds_keeps_a_week_and_aims_at_99_5_percent()
    {
        var options = From([]);

        Assert.Equal(TimeSpan.FromSeconds(10), options.PollInterval);
        Assert.Equal(TimeSpan.FromDays(7), options.HistoryRetention);
        Assert.Equal((3, 2), (options.FailuresToOpenIncident, options.SuccessesToResolveIncident));
        Assert.Equal(0.995, options.ObjectiveOf("azora-lms"), 10);
    }

    [Fact]
    public void A_service_has_its_own_objective_when_one_is_set()
    {
        var options = From(new() { ["Azora:HealthMonitor:Objectives:user-service"] = "99.9" });

        Assert.Equal(0.999, options.ObjectiveOf("user-service"), 10);
        Assert.Equal(0.995, options.ObjectiveOf("azora-lms"), 10);
    }

    [Theory]
    [InlineData("PollIntervalSeconds", "0", "PollIntervalSeconds")]
    [InlineData("PollIntervalSeconds", "5000000", "PollIntervalSeconds")]
    [InlineData("ProbeTimeoutSeconds", "0", "ProbeTimeoutSeconds")]
    [InlineData("MaxConcurrentProbes", "0", "MaxConcurrentProbes")]
    [InlineData("HistoryRetentionDays", "0", "HistoryRetentionDays")]
    [InlineData("UptimeRetentionDays", "29", "UptimeRetentionDays")]
    [InlineData("FailuresToOpenIncident", "0", "FailuresToOpenIncident")]
    [InlineData("SuccessesToResolveIncident", "0", "SuccessesToResolveIncident")]
    [InlineData("DefaultObjectivePercent", "100", "objective of default")]
    [InlineData("Objectives:azora-lms", "0", "objective of azora-lms")]
    public void A_setting_out_of_range_stops_the_start_with_a_message_naming_it(string key, string value, string named)
    {
        var error = Assert.Throws<InvalidOperationException>(() => From(new() { [$"Azora:HealthMonitor:{key}"] = value }));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
