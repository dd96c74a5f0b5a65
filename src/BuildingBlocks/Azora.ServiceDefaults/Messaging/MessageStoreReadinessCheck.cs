using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wolverine.Persistence.Durability;

namespace Azora.ServiceDefaults.Messaging;

/// <summary>Ready when Wolverine's message store (the outbox and inbox) answers.</summary>
internal sealed class MessageStoreReadinessCheck(IMessageStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.Admin.CheckConnectivityAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception error) when (error is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The message store does not answer.", error);
        }
    }
}
