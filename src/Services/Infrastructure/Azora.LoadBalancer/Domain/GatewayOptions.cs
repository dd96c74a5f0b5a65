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

    /// <summary>How long a destination that failed real requests stays out of rotation before it is tried again.</summary>
    public TimeSpan ReactivationPeriod { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>The edge limit: requests per client address per window, across every proxied route.</summary>
internal sealed class GatewayRateLimitOptions
{
    public int PermitLimit { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
