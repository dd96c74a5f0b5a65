using Azora.Pricing.Data;
using Azora.ServiceDefaults.Idempotency;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Azora.Pricing.Pricing;

/// <summary>Every <see cref="Interval"/> on the service's clock: forgets idempotency keys older than <see cref="IdempotencyRecord.Retention"/>.</summary>
internal sealed partial class PricingSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PricingSweep> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PricingDbContext>().ForgetExpiredKeysAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSweepFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The pricing sweep failed; it runs again at the next interval.")]
    private partial void LogSweepFailed(Exception exception);
}
