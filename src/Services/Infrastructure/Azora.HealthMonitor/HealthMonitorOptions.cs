using Microsoft.Extensions.Configuration;

namespace Azora.HealthMonitor;

/// <summary>health-monitor's settings, from the <c>Azora:HealthMonitor</c> configuration section.</summary>
internal sealed class HealthMonitorOptions
{
    public const string Section = "Azora:HealthMonitor";

    /// <summary>The longest interval accepted, 30 days (a timer's period cannot pass 49 days): for a host polled on demand.</summary>
    private const int MaxPollIntervalSeconds = 30 * 24 * 60 * 60;

    /// <summary>Seconds between two polls of every instance.</summary>
    public int PollIntervalSeconds { get; set; } = 10;

    /// <summary>How long one readiness probe may take before it counts as failed.</summary>
    public int ProbeTimeoutSeconds { get; set; } = 5;

    /// <summary>How many probes run at the same time.</summary>
    public int MaxConcurrentProbes { get; set; } = 8;

    /// <summary>How long every probe result (and each service's poll summary) is kept.</summary>
    public int HistoryRetentionDays { get; set; } = 7;

    /// <summary>How long the hourly uptime totals are kept; at least 30 days, the longest uptime window.</summary>
    public int UptimeRetentionDays { get; set; } = 90;

    /// <summary>Consecutive failed polls of a service that open an incident.</summary>
    public int FailuresToOpenIncident { get; set; } = 3;

    /// <summary>Consecutive healthy polls of a service that resolve its open incident.</summary>
    public int SuccessesToResolveIncident { get; set; } = 2;

    /// <summary>The availability objective of a service without one of its own, in percent.</summary>
    public double DefaultObjectivePercent { get; set; } = 99.5;

    /// <summary>Objectives in percent by service id (<c>Azora:HealthMonitor:Objectives:user-service=99.9</c>).</summary>
    public Dictionary<string, double> Objectives { get; set; } = [];

    public TimeSpan PollInterval => TimeSpan.FromSeconds(PollIntervalSeconds);
    public TimeSpan ProbeTimeout => TimeSpan.FromSeconds(ProbeTimeoutSeconds);
    public TimeSpan HistoryRetention => TimeSpan.FromDays(HistoryRetentionDays);
    public TimeSpan UptimeRetention => TimeSpan.FromDays(UptimeRetentionDays);

    /// <summary>The objective of a service as a fraction (0.995 for 99.5%).</summary>
    public double ObjectiveOf(string serviceId) =>
        (Objectives.TryGetValue(serviceId, out var percent) ? percent : DefaultObjectivePercent) / 100;

    public static HealthMonitorOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<HealthMonitorOptions>() ?? new HealthMonitorOptions();
        options.Validate();
        return options;
    }

    private void Validate()
    {
        var errors = new List<string>();
        if (PollIntervalSeconds is < 1 or > MaxPollIntervalSeconds)
        {
            errors.Add($"{Section}:PollIntervalSeconds must be from 1 to {MaxPollIntervalSeconds}.");
        }
        if (ProbeTimeoutSeconds is < 1 or > 300)
        {
            errors.Add($"{Section}:ProbeTimeoutSeconds must be from 1 to 300.");
        }
        if (MaxConcurrentProbes is < 1 or > 256)
        {
            errors.Add($"{Section}:MaxConcurrentProbes must be from 1 to 256.");
        }
        if (HistoryRetentionDays < 1)
        {
            errors.Add($"{Section}:HistoryRetentionDays must be at least 1.");
        }
        if (UptimeRetentionDays < 30)
        {
            errors.Add($"{Section}:UptimeRetentionDays must be at least 30, the longest uptime window.");
        }
        if (FailuresToOpenIncident < 1)
        {
            errors.Add($"{Section}:FailuresToOpenIncident must be at least 1.");
        }
        if (SuccessesToResolveIncident < 1)
        {
            errors.Add($"{Section}:SuccessesToResolveIncident must be at least 1.");
        }
        errors.AddRange(Objectives.Append(new("default", DefaultObjectivePercent))
            .Where(objective => objective.Value is <= 0 or >= 100 || double.IsNaN(objective.Value))
            .Select(objective => $"{Section}: the objective of {objective.Key} must be a percentage above 0 and below 100."));
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", errors));
        }
    }
}
