using Azora.SelfHealingOrchestrator.Domain;

namespace Azora.SelfHealingOrchestrator.Features.Processes;

/// <summary>One supervised instance as <c>azora ps</c> shows it.</summary>
internal sealed record ProcessResponse(
    string InstanceId,
    string ServiceId,
    string Address,
    string State,
    bool Ready,
    int? Pid,
    DateTimeOffset? StartedAt,
    double? UptimeSeconds,
    int Restarts,
    int? LastExitCode,
    DateTimeOffset? LastExitAt,
    string? Detail)
{
    public static ProcessResponse From(SupervisedProcess process, DateTimeOffset now) => new(
        process.InstanceId,
        process.ServiceId,
        process.Address,
        Wire(process.State),
        process.State == ProcessState.Ready,
        process.Pid,
        process.StartedAt,
        process.Uptime(now) is { } uptime ? Math.Round(uptime.TotalSeconds, 1) : null,
        process.Restarts,
        process.LastExitCode,
        process.LastExitAt,
        process.Detail);

    /// <summary>camelCase, as the rest of the API spells its values.</summary>
    public static string Wire(Enum value)
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}

internal sealed record ProcessEventResponse(Guid Id, string Kind, DateTimeOffset At, int? Pid, int? ExitCode, string? Detail)
{
    public static ProcessEventResponse From(ProcessEvent entry) =>
        new(entry.Id, ProcessResponse.Wire(entry.Kind), entry.At, entry.Pid, entry.ExitCode, entry.Detail);
}

internal sealed record ProcessEventPage(IReadOnlyList<ProcessEventResponse> Items, string? NextCursor);
