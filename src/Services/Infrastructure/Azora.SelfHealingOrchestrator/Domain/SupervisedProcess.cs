namespace Azora.SelfHealingOrchestrator.Domain;

/// <summary>
/// One instance of a service under supervision (<c>azora-lms#0</c> on the catalog port, <c>azora-lms#1</c> on a free one),
/// with its current state. One row per instance, kept across runs; <see cref="ProcessEvent"/> keeps what happened.
/// </summary>
internal sealed class SupervisedProcess
{
    public const int IdMaxLength = 120;
    public const int DetailMaxLength = 2000;

    private SupervisedProcess()
    {
    }

    public string InstanceId { get; private set; } = "";
    public string ServiceId { get; private set; } = "";
    public string Address { get; private set; } = "";
    public Guid RunId { get; private set; }
    public ProcessState State { get; private set; }
    public int? Pid { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public int Restarts { get; private set; }
    public int? LastExitCode { get; private set; }
    public DateTimeOffset? LastExitAt { get; private set; }
    public string? Detail { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static SupervisedProcess Register(string instanceId, string serviceId, string address, Guid runId, DateTimeOffset now) => new()
    {
        InstanceId = instanceId,
        ServiceId = serviceId,
        Address = address,
        RunId = runId,
        State = ProcessState.Starting,
        UpdatedAt = now,
    };

    /// <summary>A new run of the supervisor takes the instance over: its counters start again.</summary>
    public void Rejoin(string address, Guid runId, DateTimeOffset now)
    {
        Address = address;
        RunId = runId;
        State = ProcessState.Starting;
        Pid = null;
        StartedAt = null;
        Restarts = 0;
        Detail = null;
        UpdatedAt = now;
    }

    public void Started(int pid, bool restart, DateTimeOffset now)
    {
        State = ProcessState.Starting;
        Pid = pid;
        StartedAt = now;
        Restarts += restart ? 1 : 0;
        Detail = null;
        UpdatedAt = now;
    }

    public void BecameReady(DateTimeOffset now) => Move(ProcessState.Ready, null, now);

    public void BecameUnready(string detail, DateTimeOffset now) => Move(ProcessState.Unready, detail, now);

    public void Exited(int? exitCode, DateTimeOffset now)
    {
        Pid = null;
        StartedAt = null;
        LastExitCode = exitCode;
        LastExitAt = now;
        UpdatedAt = now;
    }

    public void BackingOff(string detail, DateTimeOffset now) => Move(ProcessState.BackingOff, detail, now);

    public void GaveUp(string report, DateTimeOffset now) => Move(ProcessState.CrashLoop, report, now);

    public void Stopped(DateTimeOffset now)
    {
        Pid = null;
        StartedAt = null;
        Move(ProcessState.Stopped, null, now);
    }

    public TimeSpan? Uptime(DateTimeOffset now) => StartedAt is { } started && Pid is not null ? now - started : null;

    private void Move(ProcessState state, string? detail, DateTimeOffset now)
    {
        State = state;
        Detail = detail is null ? null : Truncate(detail);
        UpdatedAt = now;
    }

    private static string Truncate(string text) => text.Length <= DetailMaxLength ? text : text[..DetailMaxLength];
}
