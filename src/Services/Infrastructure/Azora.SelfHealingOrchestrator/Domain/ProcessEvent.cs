namespace Azora.SelfHealingOrchestrator.Domain;

/// <summary>One thing that happened to a supervised instance: a start with its pid, an exit with its code, a restart planned, a crash loop.</summary>
internal sealed class ProcessEvent
{
    private ProcessEvent()
    {
    }

    public Guid Id { get; private set; }
    public string InstanceId { get; private set; } = "";
    public Guid RunId { get; private set; }
    public ProcessEventKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? Pid { get; private set; }
    public int? ExitCode { get; private set; }
    public string? Detail { get; private set; }

    public static ProcessEvent Of(string instanceId, Guid runId, ProcessEventKind kind, DateTimeOffset at, int? pid = null, int? exitCode = null, string? detail = null) => new()
    {
        Id = Guid.CreateVersion7(at),
        InstanceId = instanceId,
        RunId = runId,
        Kind = kind,
        At = at,
        Pid = pid,
        ExitCode = exitCode,
        Detail = detail is { Length: > SupervisedProcess.DetailMaxLength } ? detail[..SupervisedProcess.DetailMaxLength] : detail,
    };
}
