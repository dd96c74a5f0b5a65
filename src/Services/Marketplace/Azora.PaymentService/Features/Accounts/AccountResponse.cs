using Azora.PaymentService.Domain;

namespace Azora.PaymentService.Features.Accounts;

/// <summary>
/// An account and its balance in minor units of its currency; <see cref="Reserved"/> is held by pending holds and
/// <see cref="Available"/> is what is left to spend.
/// </summary>
internal sealed record AccountResponse(
    Guid Id,
    Guid OwnerId,
    string Currency,
    int MinorUnits,
    string Kind,
    bool Guarded,
    long Balance,
    long Reserved,
    long Available,
    DateTimeOffset CreatedAt)
{
    public static AccountResponse From(Account account) => new(
        account.Id,
        account.OwnerId,
        account.Currency,
        Currencies.MinorUnits[account.Currency],
        AccountKinds.NameOf(account.Kind),
        account.Guarded,
        account.Balance,
        account.Reserved,
        account.Balance - account.Reserved,
        account.CreatedAt);
}
