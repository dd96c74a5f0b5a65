namespace Azora.SelfHealingOrchestrator.Domain;

/// <summary>Where a supervised process is in its life, as <c>azora ps</c> shows it.</summary>
internal enum ProcessState
{
    /// <summary>Started, not ready yet.</summary>
    Starting,
    /// <summary>Answers its readiness probe and is in the gateway's rotation.</summary>
    Ready,
    /// <summary>Running but failing its readiness probe; out of rotation until it recovers or is restarted.</summary>
    Unready,
    /// <summary>Exited or stopped for being unready; waiting out its backoff before the next start.</summary>
    BackingOff,
    /// <summary>Failed too often in too short a time; no longer restarted.</summary>
    CrashLoop,
    /// <summary>Stopped by the supervisor's shutdown.</summary>
    Stopped,
}

/// <summary>The things that happen to a supervised process, kept as its history.</summary>
internal enum ProcessEventKind
{
    Started,
    Ready,
    Unready,
    Exited,
    RestartScheduled,
    CrashLoop,
    Stopped,
    StartFailed,
}
