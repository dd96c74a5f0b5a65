using Azora.SelfHealingOrchestrator.Domain;
using Microsoft.Extensions.Logging;

namespace Azora.SelfHealingOrchestrator.Supervision;

/// <summary>
/// Keeps one instance running: starts it, waits for it to be ready and puts it into the gateway's rotation, watches it,
/// and when it exits or stays unready too long, drains it out of rotation and starts it again after the
/// <see cref="RestartPolicy"/>'s backoff, until the policy calls it a crash loop.
/// </summary>
internal sealed class InstanceSupervisor(
    ProcessSpec spec,
    Guid runId,
    SupervisorOptions options,
    IReadinessProbe probe,
    IGatewayRegistry gateway,
    ISupervisionJournal journal,
    TimeProvider clock,
    ILogger logger,
    Func<InstanceSupervisor, CancellationToken, Task>? onReady = null)
{
    private readonly RestartPolicy _policy = new(options.Restart, clock);
    private readonly TaskCompletionSource<bool> _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ChildProcess? _child;
    private bool _inRotation;

    public ProcessSpec Spec => spec;

    public bool IsReady { get; private set; }

    /// <summary>The pid of the running child, if one runs.</summary>
    public int? Pid => _child is { HasExited: false } child ? child.Pid : null;

    /// <summary>True once the instance was first ready; false if it crash-looped before that.</summary>
    public Task<bool> FirstSettled => _settled.Task;

    public bool GaveUp { get; private set; }

    private abstract record Outcome
    {
        public sealed record Exited(int ExitCode) : Outcome;
        public sealed record Unready(string Detail) : Outcome;
    }

    public async Task RunAsync(CancellationToken stopping)
    {
        var restart = false;
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var startedAt = clock.GetUtcNow();
                var outcome = await StartAndWatchAsync(restart, stopping);
                await LeaveRotationAsync(stopping);
                var uptime = clock.GetUtcNow() - startedAt;

                switch (_policy.Failed(uptime))
                {
                    case RestartDecision.GiveUp giveUp:
                        var report = giveUp.Report(spec.InstanceId) + " Last failure: " + Describe(outcome);
                        logger.LogError("{Report}", report);
                        GaveUp = true;
                        await RecordAsync(ProcessEventKind.CrashLoop, detail: report);
                        _settled.TrySetResult(false);
                        return;
                    case RestartDecision.Restart next:
                        logger.LogWarning("{Instance} failed ({Outcome}); restart {Attempt} in {Delay}.", spec.InstanceId, Describe(outcome), next.Attempt, next.Delay);
                        await RecordAsync(ProcessEventKind.RestartScheduled,
                            detail: $"{Describe(outcome)}; restart {next.Attempt} in {next.Delay.TotalSeconds:0.0} s");
                        await Task.Delay(next.Delay, clock, stopping);
                        break;
                }
                restart = true;
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: StopAsync stops the child.
        }
    }

    /// <summary>Out of rotation, SIGTERM, a grace period, then SIGKILL.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await LeaveRotationAsync(cancellationToken);
        if (_child is not { } child)
        {
            return;
        }
        var exitCode = await child.StopAsync(options.ShutdownTimeout);
        await RecordAsync(ProcessEventKind.Stopped, pid: child.Pid, exitCode: exitCode);
        child.Dispose();
        _child = null;
    }

    /// <summary>Puts a ready instance into the gateway's rotation (again, e.g. after the gateway restarted).</summary>
    public async Task EnterRotationAsync(CancellationToken cancellationToken)
    {
        if (spec.InGateway && IsReady)
        {
            _inRotation = await gateway.RegisterAsync(spec, cancellationToken);
        }
    }

    private async Task<Outcome> StartAndWatchAsync(bool restart, CancellationToken stopping)
    {
        ChildProcess child;
        try
        {
            child = ChildProcess.Start(spec, options.LogDirectory);
        }
        catch (Exception error) when (error is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            await RecordAsync(ProcessEventKind.StartFailed, detail: error.Message);
            return new Outcome.Exited(-1);
        }
        _child?.Dispose();
        _child = child;
        logger.LogInformation("Started {Instance} (pid {Pid}) on {Address}.", spec.InstanceId, child.Pid, spec.Address);
        await RecordAsync(ProcessEventKind.Started, pid: child.Pid, restart: restart);

        var exited = child.WaitForExitAsync(CancellationToken.None);
        var outcome = await WatchAsync(child, exited, stopping);
        if (outcome is Outcome.Unready)
        {
            // Persistently unready: it is stopped like at shutdown, and its exit is recorded below.
            child.Terminate();
            await WaitOrKillAsync(child, exited);
        }
        await RecordAsync(ProcessEventKind.Exited, pid: child.Pid, exitCode: child.ExitCode);
        return outcome is Outcome.Unready ? outcome : new Outcome.Exited(child.ExitCode);
    }

    private async Task<Outcome> WatchAsync(ChildProcess child, Task exited, CancellationToken stopping)
    {
        var deadline = clock.GetUtcNow() + options.StartTimeout;
        DateTimeOffset? unreadySince = null;
        var wasReady = false;
        while (true)
        {
            if (exited.IsCompleted)
            {
                return new Outcome.Exited(child.ExitCode);
            }
            var result = await probe.ProbeAsync(spec.Address, stopping);
            stopping.ThrowIfCancellationRequested();
            if (exited.IsCompleted)
            {
                return new Outcome.Exited(child.ExitCode);
            }
            var now = clock.GetUtcNow();
            if (result.Ready && !IsReady)
            {
                IsReady = true;
                wasReady = true;
                unreadySince = null;
                await RecordAsync(ProcessEventKind.Ready, pid: child.Pid);
                await EnterRotationAsync(stopping);
                if (onReady is not null)
                {
                    await onReady(this, stopping);
                }
                _settled.TrySetResult(true);
            }
            else if (result.Ready && spec.InGateway && !_inRotation)
            {
                // The gateway could not be told last time (restarting, or no token to be had): tell it now.
                await EnterRotationAsync(stopping);
            }
            else if (!result.Ready && !wasReady && now >= deadline)
            {
                return new Outcome.Unready($"not ready within {options.StartTimeout.TotalSeconds:0} s ({result.Detail})");
            }
            else if (!result.Ready && wasReady)
            {
                if (IsReady)
                {
                    IsReady = false;
                    unreadySince = now;
                    logger.LogWarning("{Instance} is not ready: {Detail}.", spec.InstanceId, result.Detail);
                    await RecordAsync(ProcessEventKind.Unready, pid: child.Pid, detail: result.Detail);
                    _inRotation = false;
                    await gateway.DrainAsync(spec, stopping);
                }
                else if (now - unreadySince >= options.UnreadyTimeout)
                {
                    return new Outcome.Unready($"unready for {options.UnreadyTimeout.TotalSeconds:0} s ({result.Detail})");
                }
            }
            await Task.WhenAny(exited, Task.Delay(options.ProbeInterval, clock, stopping));
            stopping.ThrowIfCancellationRequested();
        }
    }

    private async Task LeaveRotationAsync(CancellationToken cancellationToken)
    {
        var wasReady = IsReady;
        IsReady = false;
        _inRotation = false;
        if (spec.InGateway && wasReady)
        {
            await gateway.DrainAsync(spec, cancellationToken);
        }
    }

    private async Task WaitOrKillAsync(ChildProcess child, Task exited)
    {
        if (await Task.WhenAny(exited, Task.Delay(options.ShutdownTimeout, clock)) != exited)
        {
            child.Kill();
            await exited;
        }
    }

    private Task RecordAsync(ProcessEventKind kind, int? pid = null, int? exitCode = null, string? detail = null, bool restart = false) =>
        journal.RecordAsync(new SupervisionRecord(spec.InstanceId, runId, kind, clock.GetUtcNow(), pid, exitCode, detail, restart), CancellationToken.None);

    private static string Describe(Outcome outcome) => outcome switch
    {
        Outcome.Exited exited => $"exited with code {exited.ExitCode}",
        Outcome.Unready unready => unready.Detail,
        _ => outcome.ToString(),
    };
}
