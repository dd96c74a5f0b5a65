using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Azora.AuditLoggingService.Log;

/// <summary>Signs a tree head every <see cref="AuditLogOptions.TreeHeadIntervalSeconds"/> when the log has grown.</summary>
internal sealed partial class TreeHeadSchedule(
    IServiceScopeFactory scopes,
    IOptions<AuditLogOptions> options,
    TimeProvider clock,
    ILogger<TreeHeadSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.TreeHeadIntervalSeconds), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SignIfGrownAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task SignIfGrownAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var signed = await scope.ServiceProvider.GetRequiredService<TreeHeadPublisher>().PublishIfGrownAsync(cancellationToken);
            if (signed is not null)
            {
                LogSigned(signed.TreeSize);
            }
        }
        catch (Exception error) when (error is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
        {
            // The next tick tries again; a tree head is never owed, only due.
            LogFailed(error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed a tree head of {TreeSize} entries.")]
    private partial void LogSigned(long treeSize);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not sign a tree head; will try at the next interval.")]
    private partial void LogFailed(Exception error);
}
