using Azora.Pricing.Data;
using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;

namespace Azora.Pricing.Pricing;

/// <summary>Commits a request's changes and the events that record them in one transaction through Wolverine's EF Core outbox.</summary>
internal sealed class PricingOutbox(IDbContextOutbox<PricingDbContext> outbox)
{
    /// <summary>
    /// Saves and publishes; false, with nothing saved or sent, when another request changed the same rows first (a
    /// concurrency token, or a unique key such as one price per product and book).
    /// </summary>
    public async Task<bool> TryCommitAsync(CancellationToken cancellationToken, params object[] events)
    {
        foreach (var message in events)
        {
            await outbox.PublishAsync(message);
        }
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        catch (DbUpdateException exception) when (exception.IsDuplicateKey())
        {
            return false;
        }
    }
}
