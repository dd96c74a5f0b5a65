using System.Diagnostics;
using Azora.SelfHealingOrchestrator.Domain;
using Azora.SelfHealingOrchestrator.Supervision;
using Microsoft.Extensions.Logging.Abstractions;

namespace Azora.SelfHealingOrchestrator.Tests;

/// <summary>The supervisor with real child processes: start, readiness, kill -9, unreadiness, crash loops and shutdown.</summary>
public sealed class ProcessSupervisorTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TinyProcesses _tiny = new();
    private readonly RecordingJournal _journal = new();
    private readonly RecordingGateway _gateway = new();

    private SupervisorOptions Options(int crashLoopRestarts = 5) => new()
    {
        Enabled = true,
        LogDirectory = _tiny.LogDirectory,
        StartTimeout = TimeSpan.FromSeconds(30),
        ProbeInterval = TimeSpan.FromMilliseconds(100),
        UnreadyTimeout = TimeSpan.FromSeconds(1),
        ShutdownTimeout = TimeSpan.FromSeconds(10),
        Restart = new RestartPolicyOptions
        {
            InitialBackoff = TimeSpan.FromMilliseconds(50),
            MaxBackoff = TimeSpan.FromMilliseconds(200),
            CrashLoopRestarts = crashLoopRestarts,
            CrashLoopWindow = TimeSpan.FromMinutes(5),
        },
    };

    private ProcessSupervisor Supervisor(SupervisorOptions options, params ProcessSpec[] plan) =>
        new(plan, options, new HttpReadinessProbe(new HttpClient { Timeout = TimeSpan.FromSeconds(2) }), _gateway, _journal,
            TimeProvider.System, NullLogger<ProcessSupervisor>.Instance);

    public void Dispose() => _tiny.Dispose();

    [Fact]
    public async Task Every_instance_is_started_put_into_rotation_when_ready_and_on_shutdown_drained_and_stopped()
    {
        var first = _tiny.WebServer("web-0");
        var second = _tiny.WebServer("web-1");
        var supervisor = Supervisor(Options(), first, second);

        await supervisor.StartAsync(CancellationToken.None);
        await Until(() => _gateway.InRotation("web-0") && _gateway.InRotation("web-1"));
        var pids = supervisor.Instances.Select(i => i.Pid!.Value).ToList();
        Assert.Equal(2, pids.Count);
        await supervisor.StopAsync(CancellationToken.None);

        Assert.False(_gateway.InRotation("web-0"));
        Assert.False(_gateway.InRotation("web-1"));
        Assert.All(pids, pid => Assert.False(IsRunning(pid), $"pid {pid} still runs after shutdown."));
        Assert.Single(_journal.Of("web-0", ProcessEventKind.Stopped));
        Assert.Single(_journal.Of("web-1", ProcessEventKind.Stopped));
        Assert.DoesNotContain(_journal.Records, r => r.Kind == ProcessEventKind.RestartScheduled);
    }

    [Fact]
    public async Task A_registration_the_gateway_could_not_take_is_tried_again_until_it_does()
    {
        var web = _tiny.WebServer("web-0");
        _gateway.Refuse(2);
        var supervisor = Supervisor(Options(), web);

        await supervisor.StartAsync(CancellationToken.None);
        await Until(() => _gateway.InRotation("web-0"));
        await supervisor.StopAsync(CancellationToken.None);

        Assert.Equal(["refused web-0", "refused web-0", "register web-0"], _gateway.Calls.Take(3));
        Assert.DoesNotContain(_journal.Records, r => r.Kind == ProcessEventKind.RestartScheduled);
    }

    [Fact]
    public async Task A_killed_instance_is_drained_restarted_under_a_new_pid_and_put_back_into_rotation()
    {
        var web = _tiny.WebServer("web-0");
        var supervisor = Supervisor(Options(), web);
        await supervisor.StartAsync(CancellationToken.None);
        await Until(() => _gateway.InRotation("web-0"));
        var firstPid = (await OnlyInstanceAsync(supervisor)).Pid!.Value;

        Process.GetProcessById(firstPid).Kill();
        await Until(() => _journal.Of("web-0", ProcessEventKind.Started).Count == 2 && _gateway.InRotation("web-0"));
        var secondPid = (await OnlyInstanceAsync(supervisor)).Pid;
        await supervisor.StopAsync(CancellationToken.None);

        Assert.NotEqual(firstPid, secondPid);
        var exit = Assert.Single(_journal.Of("web-0", ProcessEventKind.Exited));
        Assert.Equal(firstPid, exit.Pid);
        Assert.Equal(137, exit.ExitCode);
        Assert.Single(_journal.Of("web-0", ProcessEventKind.RestartScheduled));
        Assert.True(_journal.Of("web-0", ProcessEventKind.Started)[1].Restart);
        Assert.Equal(["register web-0", "drain web-0", "register web-0", "drain web-0"], _gateway.Calls);
    }

    [Fact]
    public async Task An_instance_that_stays_unready_is_drained_at_once_then_stopped_and_started_again()
    {
        var web = _tiny.WebServer("web-0");
        var supervisor = Supervisor(Options(), web);
        await supervisor.StartAsync(CancellationToken.None);
        await Until(() => _gateway.InRotation("web-0"));
        var firstPid = (await OnlyInstanceAsync(supervisor)).Pid!.Value;

        _tiny.MarkReady("web-0", false);
        await Until(() => !_gateway.InRotation("web-0"));
        await Until(() => _journal.Of("web-0", ProcessEventKind.Exited).Count == 1);
        _tiny.MarkReady("web-0", true);
        await Until(() => _journal.Of("web-0", ProcessEventKind.Started).Count == 2 && _gateway.InRotation("web-0"));
        await supervisor.StopAsync(CancellationToken.None);

        Assert.Single(_journal.Of("web-0", ProcessEventKind.Unready));
        Assert.Equal(firstPid, Assert.Single(_journal.Of("web-0", ProcessEventKind.Exited)).Pid);
        Assert.Contains("unready for", Assert.Single(_journal.Of("web-0", ProcessEventKind.RestartScheduled)).Detail);
        Assert.False(IsRunning(firstPid));
    }

    [Fact]
    public async Task An_instance_that_is_ready_again_within_the_grace_period_goes_back_into_rotation_without_a_restart()
    {
        var web = _tiny.WebServer("web-0");
        var options = Options();
        options.UnreadyTimeout = TimeSpan.FromMinutes(5);
        var supervisor = Supervisor(options, web);
        await supervisor.StartAsync(CancellationToken.None);
        await Until(() => _gateway.InRotation("web-0"));

        _tiny.MarkReady("web-0", false);
        await Until(() => !_gateway.InRotation("web-0"));
        _tiny.MarkReady("web-0", true);
        await Until(() => _gateway.InRotation("web-0"));
        await supervisor.StopAsync(CancellationToken.None);

        Assert.Single(_journal.Of("web-0", ProcessEventKind.Started));
        Assert.Equal(2, _journal.Of("web-0", ProcessEventKind.Ready).Count);
        Assert.Empty(_journal.Of("web-0", ProcessEventKind.Exited));
    }

    [Fact]
    public async Task A_crash_loop_is_reported_and_the_instance_is_no_longer_restarted()
    {
        var crashing = TinyProcesses.Crashing("crash-0", exitCode: 3);
        var supervisor = Supervisor(Options(crashLoopRestarts: 3), crashing);

        await supervisor.StartAsync(CancellationToken.None);
        var settled = await (await OnlyInstanceAsync(supervisor)).FirstSettled.WaitAsync(Patience);
        await supervisor.StopAsync(CancellationToken.None);

        Assert.False(settled);
        Assert.True((await OnlyInstanceAsync(supervisor)).GaveUp);
        Assert.Equal(4, _journal.Of("crash-0", ProcessEventKind.Started).Count);
        Assert.All(_journal.Of("crash-0", ProcessEventKind.Exited), exit => Assert.Equal(3, exit.ExitCode));
        var report = Assert.Single(_journal.Of("crash-0", ProcessEventKind.CrashLoop)).Detail;
        Assert.Contains("crash-0 is crash-looping: it was restarted 3 times", report);
        Assert.Contains("exited with code 3", report);
        Assert.DoesNotContain("register crash-0", _gateway.Calls);
    }

    [Fact]
    public async Task A_program_that_cannot_be_started_ends_in_a_crash_loop_report()
    {
        var missing = new ProcessSpec("missing-0", "missing", new Uri("http://127.0.0.1:1/"), "/nonexistent/azora-" + Guid.NewGuid().ToString("N"), [],
            new Dictionary<string, string>(), Tier: 0, InGateway: true);
        var supervisor = Supervisor(Options(crashLoopRestarts: 2), missing);

        await supervisor.StartAsync(CancellationToken.None);
        var settled = await (await OnlyInstanceAsync(supervisor)).FirstSettled.WaitAsync(Patience);
        await supervisor.StopAsync(CancellationToken.None);

        Assert.False(settled);
        Assert.Single(_journal.Of("missing-0", ProcessEventKind.CrashLoop));
        Assert.DoesNotContain(_journal.Records, r => r.Kind == ProcessEventKind.Ready);
    }

    [Fact]
    public async Task A_later_tier_starts_only_once_the_earlier_one_is_ready()
    {
        var first = _tiny.WebServer("first-0", ready: false);
        var second = _tiny.WebServer("second-0") with { Tier = 1 };
        var supervisor = Supervisor(Options(), first, second);

        await supervisor.StartAsync(CancellationToken.None);
        await Until(() => _journal.Of("first-0", ProcessEventKind.Started).Count == 1);
        var startedEarly = _journal.Of("second-0", ProcessEventKind.Started).Count;
        _tiny.MarkReady("first-0", true);
        await Until(() => _gateway.InRotation("second-0"));
        await supervisor.StopAsync(CancellationToken.None);

        Assert.Equal(0, startedEarly);
        Assert.True(_journal.Of("first-0", ProcessEventKind.Ready)[0].At <= _journal.Of("second-0", ProcessEventKind.Started)[0].At);
    }

    /// <summary>The supervisor launches in the background: its instance appears shortly after it starts.</summary>
    private static async Task<InstanceSupervisor> OnlyInstanceAsync(ProcessSupervisor supervisor)
    {
        await Until(() => supervisor.Instances.Count > 0);
        return Assert.Single(supervisor.Instances);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Gave up waiting for the supervisor.");
            await Task.Delay(50);
        }
    }
}
