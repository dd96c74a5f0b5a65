using Azora.SelfHealingOrchestrator.Domain;

namespace Azora.SelfHealingOrchestrator.Supervision;

/// <summary>What the supervisor reports as it goes: each instance's state and the history of starts, exits and restarts.</summary>
internal interface ISupervisionJournal
{
    Task JoinAsync(ProcessSpec spec, Guid runId, CancellationToken cancellationToken);

    Task RecordAsync(SupervisionRecord record, CancellationToken cancellationToken);
}

/// <summary>One change to an instance: the event that happened and how its state moves.</summary>
internal sealed record SupervisionRecord(string InstanceId, Guid RunId, ProcessEventKind Kind, DateTimeOffset At, int? Pid = null, int? ExitCode = null, string? Detail = null, bool Restart = false);
