using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Azora.SelfHealingOrchestrator.Supervision;

/// <summary>
/// How a supervised child notices that its supervisor is gone, even when the supervisor was SIGKILLed and could stop
/// nobody: the supervisor starts each child with its standard input a pipe it never writes to, and sets
/// <see cref="Variable"/>. The operating system closes the pipe when the supervisor exits in any way, so the child reads
/// end-of-file and shuts down gracefully, as on SIGTERM. A service started by hand (<c>azora run --service</c>) has no
/// such variable and ignores its input.
/// </summary>
public sealed partial class SupervisorLink(IHostApplicationLifetime lifetime, ILogger<SupervisorLink> logger) : IHostedService
{
    /// <summary>Set to <see cref="Stdin"/> in a supervised child's environment.</summary>
    public const string Variable = "AZORA_SUPERVISOR_LINK";

    public const string Stdin = "stdin";

    /// <summary>Whether this process was started by a supervisor that expects it to watch its input.</summary>
    public static bool IsSupervised => Environment.GetEnvironmentVariable(Variable) == Stdin;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // A blocking read on a thread of its own: nothing else reads standard input, and the thread ends with the process.
        new Thread(WatchInput) { IsBackground = true, Name = "supervisor link" }.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void WatchInput()
    {
        var buffer = new byte[256];
        try
        {
            using var input = Console.OpenStandardInput();
            while (input.Read(buffer, 0, buffer.Length) > 0)
            {
                // Nothing is ever sent; whatever arrives is ignored.
            }
        }
        catch (IOException)
        {
            // A broken pipe means the same as its end.
        }
        LogSupervisorGone(logger);
        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The supervisor is gone (its pipe to this process closed); shutting down.")]
    private static partial void LogSupervisorGone(ILogger logger);
}
