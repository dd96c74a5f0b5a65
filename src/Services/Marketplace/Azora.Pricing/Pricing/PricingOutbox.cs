using Azora.Pricing.Data;
using Azora.ServiceDefaults.Persistence;
using Wolverine.EntityFrameworkCore;

namespace Azora.Pricing.Pricing;

/// <summary>Commits a request's changes and the events that record them in one transaction through Wolverine's EF Core outbox.</summary>
internal sealed class PricingOutbox(IDbContextOutbox<PricingDbContext> outbox)
{
    /// <summary>
    /// Saves and publishes; false, with nothing saved or sent, when another request changed the same rows first (a
    /// concurrency token, or a unique key such as one price per product and book).
    /// </summary>
    public Task<bool> TryCommitAsync(CancellationToken cancellationToken, params object[] events) =>
        outbox.TryCommitAsync(cancellationToken, events);
}
