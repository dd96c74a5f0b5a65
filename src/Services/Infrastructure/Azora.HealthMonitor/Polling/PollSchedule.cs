using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Azora.HealthMonitor.Polling;

/// <summary>
/// Polls every <see cref="HealthMonitorOptions.PollInterval"/> on the injected clock. The first poll comes one interval
/// after start, so the services started beside the monitor have had time to get ready.
/// </summary>
internal sealed partial class PollSchedule(HealthPoller poller, HealthMonitorOptions options, TimeProvider clock, ILogger<PollSchedule> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await poller.PollOnceAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogPollFailed(logger, error);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A health poll could not be recorded; the next one runs at the next interval")]
    private static partial void LogPollFailed(ILogger logger, Exception error);
}
