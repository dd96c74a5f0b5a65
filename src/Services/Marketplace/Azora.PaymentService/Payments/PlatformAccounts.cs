using System.Collections.Concurrent;
using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.PaymentService.Payments;

/// <summary>
/// Finds, or opens on first use, the accounts that payments and rewards move money between: the platform's clearing,
/// fee, revenue and AZR rewards accounts, and owners' wallets. Opened in a scope of their own before the money moves,
/// so that two first uses at once meet on the unique (owner, kind, currency) index and not inside a payment. An account
/// keeps its id for good once opened, so the ids found are remembered (at most <see cref="MaxRemembered"/>) and a reward
/// or payment for an owner seen before opens no scope and reads nothing to find its accounts.
/// </summary>
internal sealed class PlatformAccounts(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const int MaxRemembered = 65_536;

    private readonly ConcurrentDictionary<(Guid Owner, AccountKind Kind, string Currency), Guid> _known = new();

    public Task<Guid> PlatformAsync(AccountKind kind, string currency, CancellationToken cancellationToken) =>
        EnsureAsync(PaymentOptions.PlatformOwnerId, kind, currency, guarded: false, cancellationToken);

    public Task<Guid> WalletAsync(Guid ownerId, string currency, CancellationToken cancellationToken) =>
        EnsureAsync(ownerId, AccountKind.Wallet, currency, guarded: true, cancellationToken);

    private Task<Guid> EnsureAsync(Guid ownerId, AccountKind kind, string currency, bool guarded, CancellationToken cancellationToken) =>
        _known.TryGetValue((ownerId, kind, currency), out var id)
            ? Task.FromResult(id)
            : FindOrOpenAsync(ownerId, kind, currency, guarded, cancellationToken);

    private async Task<Guid> FindOrOpenAsync(Guid ownerId, AccountKind kind, string currency, bool guarded, CancellationToken cancellationToken)
    {
        var id = await StoredOrOpenedAsync(ownerId, kind, currency, guarded, cancellationToken);
        if (_known.Count >= MaxRemembered)
        {
            _known.Clear();
        }
        _known[(ownerId, kind, currency)] = id;
        return id;
    }

    private async Task<Guid> StoredOrOpenedAsync(Guid ownerId, AccountKind kind, string currency, bool guarded, CancellationToken cancellationToken)
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
