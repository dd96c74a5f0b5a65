using Azora.PaymentService.Data;
using Azora.PaymentService.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Azora.PaymentService.Payments;

/// <summary>
/// Every <see cref="Interval"/> on the service's clock: asks the provider about payments still processing, and pays
/// out payouts whose holding period has passed.
/// </summary>
internal sealed partial class PaymentSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PaymentSweep> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SettleProcessingAsync(stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PayoutWorkflow>().PayDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSweepFailed(exception);
            }
        }
    }

    private async Task SettleProcessingAsync(CancellationToken cancellationToken)
    {
        List<Guid> processing;
        await using (var scope = scopes.CreateAsyncScope())
        {
            processing = await scope.ServiceProvider.GetRequiredService<PaymentDbContext>().PaymentIntents.AsNoTracking()
                .Where(i => i.Status == IntentStatus.Processing).OrderBy(i => i.Id).Select(i => i.Id).Take(100).ToListAsync(cancellationToken);
        }
        foreach (var id in processing)
        {
            // Each in a scope of its own: one intent's change never carries another's.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IntentWorkflow>().SettleAsync(id, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The payment sweep failed; it runs again at the next interval.")]
    private partial void LogSweepFailed(Exception exception);
}
