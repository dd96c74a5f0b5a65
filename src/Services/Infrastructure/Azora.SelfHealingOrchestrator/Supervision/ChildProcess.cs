using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Azora.SelfHealingOrchestrator.Supervision;

/// <summary>
/// One running child: started from its <see cref="ProcessSpec"/> with its output appended to a log file and its input a
/// pipe from this process that is never written to, asked to stop with SIGTERM (ASP.NET Core then drains and shuts down
/// gracefully) and killed when it does not.
/// </summary>
internal sealed partial class ChildProcess : IDisposable
{
    private const int SigTerm = 15;
    /// <summary>util-linux's setsid runs a program in a new session; not being a group leader, it execs it under the same pid.</summary>
    private const string SetSid = "/usr/bin/setsid";
    private readonly Process _process;
    private readonly TextWriter? _log;

    private ChildProcess(Process process, TextWriter? log)
    {
        _process = process;
        _log = log;
    }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static ChildProcess Start(ProcessSpec spec, string? logDirectory)
    {
        // In its own session, so that a Ctrl+C at the terminal (SIGINT to the whole foreground process group) reaches
        // only the supervisor, which then stops its children in order instead of seeing them all crash at once.
        var detach = File.Exists(SetSid);
        var start = new ProcessStartInfo(detach ? SetSid : spec.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (detach)
        {
            start.ArgumentList.Add(spec.FileName);
        }
        foreach (var argument in spec.Arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in spec.Environment)
        {
            start.Environment[name] = value;
        }

        TextWriter? log = null;
        if (logDirectory is { Length: > 0 })
        {
            Directory.CreateDirectory(logDirectory);
            var file = new FileStream(Path.Combine(logDirectory, spec.InstanceId + ".log"), FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            // Standard output and error arrive on two threads.
            log = TextWriter.Synchronized(new StreamWriter(file) { AutoFlush = true });
        }
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            log?.Dispose();
            throw;
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Nothing is ever written to a child's input: the pipe stays open for as long as this process lives and closes
        // when it dies, however it dies, which is how the child knows its supervisor is gone (see ProcessPlan.SupervisorLink).
        return new ChildProcess(process, log);
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>Asks the process to stop; returns false if it had already gone.</summary>
    public bool Terminate()
    {
        if (_process.HasExited)
        {
            return false;
        }
        if (!OperatingSystem.IsWindows())
        {
            return SendSignal(_process.Id, SigTerm) == 0;
        }
        _process.Kill(entireProcessTree: true);
        return true;
    }

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>SIGTERM, a wait of <paramref name="grace"/>, then SIGKILL; returns the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan grace)
    {
        Terminate();
        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            await _process.WaitForExitAsync();
        }
        return _process.ExitCode;
    }

    public void Dispose()
    {
        _process.Dispose();
        _log?.Dispose();
    }

    private static void Write(TextWriter? log, string? line)
    {
        if (log is null || line is null)
        {
            return;
        }
        try
        {
            log.WriteLine(line);
        }
        catch (ObjectDisposedException)
        {
            // The last lines of a child that outlived its supervisor's bookkeeping.
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
