using Azora.SelfHealingOrchestrator.Domain;
using Microsoft.Extensions.Configuration;

namespace Azora.SelfHealingOrchestrator.Supervision;

/// <summary>
/// How <c>azora run --split</c> asks this service to supervise the platform, read from <c>Azora:Supervisor</c>. Without
/// <see cref="Enabled"/> (one process, or Kubernetes, which restarts pods through its probes) the service starts nothing.
/// </summary>
internal sealed class SupervisorOptions
{
    public const string Section = "Azora:Supervisor";

    public bool Enabled { get; set; }

    /// <summary>The program that runs one service: the azora executable, or <c>dotnet</c> with azora.dll as first argument.</summary>
    public string? Command { get; set; }

    /// <summary>Arguments before <c>run --service &lt;id&gt;</c> (e.g. the path of azora.dll when the command is dotnet).</summary>
    public List<string> CommandArguments { get; set; } = [];

    /// <summary>How many instances of a service to run, by service id; one when not named.</summary>
    public Dictionary<string, int> Replicas { get; set; } = [];

    /// <summary>Service ids to leave out (e.g. ones another process already hosts).</summary>
    public List<string> Exclude { get; set; } = [];

    /// <summary>Where each instance's standard output and error are written, one file per instance.</summary>
    public string? LogDirectory { get; set; }

    /// <summary>How long a started instance may take to become ready before it counts as failed.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a ready instance's readiness is probed.</summary>
    public TimeSpan ProbeInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a running instance may stay unready before it is restarted.</summary>
    public TimeSpan UnreadyTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a stopping instance has to finish after SIGTERM before it is killed.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The secret of this service's client at session-service, to register instances at the gateway. When empty, a random
    /// one is made for the run and handed to session-service as configuration, so no secret is ever written down.
    /// </summary>
    public string? ClientSecret { get; set; }

    public RestartPolicyOptions Restart { get; set; } = new();

    public static SupervisorOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<SupervisorOptions>() ?? new SupervisorOptions();
        var problems = options.Restart.Problems().Select(p => $"{Section}:{p}").ToList();
        if (options.Enabled && string.IsNullOrWhiteSpace(options.Command))
        {
            problems.Add($"{Section}:Command must name the program that runs a service.");
        }
        foreach (var (id, count) in options.Replicas)
        {
            if (count is < 1 or > 16)
            {
                problems.Add($"{Section}:Replicas:{id} must be between 1 and 16.");
            }
        }
        if (options.StartTimeout <= TimeSpan.Zero || options.ProbeInterval <= TimeSpan.Zero || options.UnreadyTimeout <= TimeSpan.Zero || options.ShutdownTimeout <= TimeSpan.Zero)
        {
            problems.Add($"{Section}: StartTimeout, ProbeInterval, UnreadyTimeout and ShutdownTimeout must be positive.");
        }
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }
        return options;
    }
}
