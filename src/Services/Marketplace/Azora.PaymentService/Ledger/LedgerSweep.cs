using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Azora.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Azora.PaymentService.Ledger;

/// <summary>
/// Every <see cref="Interval"/> on the service's clock: expires pending holds whose time has passed and forgets
/// idempotency keys older than <see cref="IdempotencyRecord.Retention"/>.
/// </summary>
internal sealed partial class LedgerSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<LedgerSweep> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var expired = await scope.ServiceProvider.GetRequiredService<HoldWriter>().ExpireDueAsync(stoppingToken);
                if (expired > 0)
                {
                    LogExpired(expired);
                }
                await scope.ServiceProvider.GetRequiredService<PaymentDbContext>().ForgetExpiredKeysAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSweepFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expired {Count} holds whose time had passed.")]
    private partial void LogExpired(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The ledger sweep failed; it runs again at the next interval.")]
    private partial void LogSweepFailed(Exception exception);
}
