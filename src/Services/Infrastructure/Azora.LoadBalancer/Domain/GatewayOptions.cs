using Microsoft.Extensions.Configuration;
using Yarp.ReverseProxy.LoadBalancing;

namespace Azora.LoadBalancer.Domain;

/// <summary>
/// How the gateway balances, probes and limits, read from <c>Azora:Gateway</c>
/// (environment: <c>Azora__Gateway__Instances__user-service__0=http://10.0.0.7:3306</c>, ...).
/// </summary>
internal sealed class GatewayOptions
{
    public const string Section = "Azora:Gateway";

    /// <summary>Extra base addresses per service id, beside the one the platform knows (<see cref="Azora.ServiceDefaults.Hosting.PlatformOptions.AddressOf"/>).</summary>
    public Dictionary<string, List<string>> Instances { get; set; } = [];

    /// <summary>A YARP load-balancing policy name: PowerOfTwoChoices, RoundRobin, LeastRequests, Random or FirstAlphabetical.</summary>
    public string LoadBalancingPolicy { get; set; } = LoadBalancingPolicies.PowerOfTwoChoices;

    /// <summary>
    /// The largest body the gateway passes on. It is above the platform's 1 MB default because a service may accept more
    /// on its own endpoints (media uploads); each service still enforces its own limits.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 64L * 1024 * 1024;

    public GatewayHealthCheckOptions HealthChecks { get; set; } = new();

    public GatewayRateLimitOptions RateLimit { get; set; } = new();

    public GatewayRetryOptions Retries { get; set; } = new();

    public static GatewayOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<GatewayOptions>() ?? new GatewayOptions();
        options.Validate();
        return options;
    }

    private void Validate()
    {
        var errors = new List<string>();
        if (MaxRequestBodyBytes <= 0)
        {
            errors.Add($"{Section}:MaxRequestBodyBytes must be positive.");
        }
        if (HealthChecks.Interval <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:HealthChecks:Interval must be positive.");
        }
        if (HealthChecks.Timeout <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:HealthChecks:Timeout must be positive.");
        }
        if (HealthChecks.ReactivationPeriod <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:HealthChecks:ReactivationPeriod must be positive.");
        }
        if (HealthChecks.UnhealthyAfterFailures <= 0)
        {
            errors.Add($"{Section}:HealthChecks:UnhealthyAfterFailures must be at least 1.");
        }
        if (HealthChecks.PassiveFailureRate is <= 0 or > 1)
        {
            errors.Add($"{Section}:HealthChecks:PassiveFailureRate must be above 0 and at most 1.");
        }
        if (HealthChecks.PassiveMinimumRequests <= 0)
        {
            errors.Add($"{Section}:HealthChecks:PassiveMinimumRequests must be at least 1.");
        }
        if (HealthChecks.PassiveWindow <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:HealthChecks:PassiveWindow must be positive.");
        }
        if (Retries.MaxAttempts <= 0)
        {
            errors.Add($"{Section}:Retries:MaxAttempts must be at least 1.");
        }
        if (RateLimit.PermitLimit <= 0)
        {
            errors.Add($"{Section}:RateLimit:PermitLimit must be at least 1.");
        }
        if (RateLimit.Window <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:RateLimit:Window must be positive.");
        }
        if (string.IsNullOrWhiteSpace(LoadBalancingPolicy))
        {
            errors.Add($"{Section}:LoadBalancingPolicy must name a policy.");
        }
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", errors));
        }
    }
}

/// <summary>Active probes of every destination's readiness, and the passive verdict of real traffic.</summary>
internal sealed class GatewayHealthCheckOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Failed readiness probes in a row that take a destination out (a single failure is forgiven).</summary>
    public int UnhealthyAfterFailures { get; set; } = 2;

    /// <summary>
    /// How long a destination that failed real requests stays out of rotation before it is tried again; YARP waits at
    /// least <see cref="PassiveWindow"/>, so that failures from before the pause do not take it out again at once.
    /// </summary>
    public TimeSpan ReactivationPeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The share of real requests to one destination that may fail in transport before it is taken out.</summary>
    public double PassiveFailureRate { get; set; } = 0.3;

    /// <summary>How many requests a destination must have had within <see cref="PassiveWindow"/> before its failure rate counts.</summary>
    public int PassiveMinimumRequests { get; set; } = 10;

    /// <summary>The span of recent traffic the failure rate is computed over.</summary>
    public TimeSpan PassiveWindow { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>How often the gateway tries an idempotent request that failed in transport, each try on another instance.</summary>
internal sealed class GatewayRetryOptions
{
    /// <summary>Tries in all, the first included; 1 turns retries off.</summary>
    public int MaxAttempts { get; set; } = 3;
}

/// <summary>The edge limit: requests per client address per window, across every proxied route.</summary>
internal sealed class GatewayRateLimitOptions
{
    public int PermitLimit { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
