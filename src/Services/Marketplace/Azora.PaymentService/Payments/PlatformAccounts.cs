using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.PaymentService.Payments;

/// <summary>
/// Finds, or opens on first use, the accounts that payments and rewards move money between: the platform's clearing,
/// fee, revenue and AZR rewards accounts, and owners' wallets. Opened in a scope of their own before the money moves,
/// so that two first uses at once meet on the unique (owner, kind, currency) index and not inside a payment.
/// </summary>
internal sealed class PlatformAccounts(IServiceScopeFactory scopes, TimeProvider clock)
{
    public Task<Guid> PlatformAsync(AccountKind kind, string currency, CancellationToken cancellationToken) =>
        EnsureAsync(PaymentOptions.PlatformOwnerId, kind, currency, guarded: false, cancellationToken);

    public Task<Guid> WalletAsync(Guid ownerId, string currency, CancellationToken cancellationToken) =>
        EnsureAsync(ownerId, AccountKind.Wallet, currency, guarded: true, cancellationToken);

    private async Task<Guid> EnsureAsync(Guid ownerId, AccountKind kind, string currency, bool guarded, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentDbContext>();
        var accounts = db.Accounts.AsNoTracking().Where(a => a.OwnerId == ownerId && a.Kind == kind && a.Currency == currency);
        if (await accounts.Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken) is { } id)
        {
            return id;
        }
        var account = Account.Open(ownerId, currency, kind, guarded, clock.GetUtcNow());
        db.Accounts.Add(account);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return account.Id;
        }
        catch (DbUpdateException)
        {
            // Opened by another request just now.
            return await accounts.Select(a => a.Id).SingleAsync(cancellationToken);
        }
    }
}
