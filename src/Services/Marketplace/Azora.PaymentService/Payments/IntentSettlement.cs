using Azora.PaymentService.Domain;
using Azora.PaymentService.Domain.Payments;
using Microsoft.Extensions.Options;

namespace Azora.PaymentService.Payments;

/// <summary>The accounts a payment's money moves between.</summary>
/// <param name="Clearing">The platform's mirror of the provider: money arrives from it and refunds go back to it.</param>
/// <param name="Seller">The seller's wallet, or null when the platform sells (then <see cref="Revenue"/> takes it all).</param>
internal sealed record SettlementAccounts(Guid Clearing, Guid? Seller, Guid Fees, Guid Revenue);

/// <summary>
/// How a payment becomes ledger transfers. A capture moves the amount out of provider clearing to the seller's wallet
/// net of the platform fee, and the fee to the platform's fee account (to platform revenue when there is no seller);
/// a refund moves its amount back the same way, in proportion. Clearing is the only account that goes negative, so
/// money is never created: every currency still sums to zero.
/// </summary>
internal sealed class IntentSettlement(PlatformAccounts accounts, IOptions<PaymentOptions> options)
{
    public async Task<SettlementAccounts> AccountsForAsync(PaymentIntent intent, CancellationToken cancellationToken) => new(
        await accounts.PlatformAsync(AccountKind.ProviderClearing, intent.Currency, cancellationToken),
        intent.SellerId is { } seller ? await accounts.WalletAsync(seller, intent.Currency, cancellationToken) : null,
        await accounts.PlatformAsync(AccountKind.Fees, intent.Currency, cancellationToken),
        await accounts.PlatformAsync(AccountKind.Revenue, intent.Currency, cancellationToken));

    /// <summary>The platform fee on a capture: a share of a seller's sale; nothing when the platform sells.</summary>
    public long FeeOn(PaymentIntent intent, long amount) => intent.SellerId is null ? 0 : options.Value.FeeOn(amount);

    public static IReadOnlyList<TransferTerms> Capture(PaymentIntent intent, SettlementAccounts to, long amount, long fee) =>
        Legs(intent, to.Clearing, to, amount, fee, $"capture of payment intent {intent.Id}", inbound: true);

    public static IReadOnlyList<TransferTerms> Refund(PaymentIntent intent, SettlementAccounts from, long amount, long fee, Guid refundId) =>
        Legs(intent, from.Clearing, from, amount, fee, $"refund {refundId} of payment intent {intent.Id}", inbound: false);

    private static IReadOnlyList<TransferTerms> Legs(
        PaymentIntent intent, Guid clearing, SettlementAccounts accounts, long amount, long fee, string reference, bool inbound)
    {
        var legs = new List<(Guid Account, long Amount)>();
        if (accounts.Seller is { } seller)
        {
            legs.Add((seller, amount - fee));
            legs.Add((accounts.Fees, fee));
        }
        else
        {
            legs.Add((accounts.Revenue, amount));
        }
        return legs.Where(leg => leg.Amount > 0)
            .Select(leg => inbound
                ? new TransferTerms(Guid.CreateVersion7(), clearing, leg.Account, leg.Amount, intent.Currency, reference, null)
                : new TransferTerms(Guid.CreateVersion7(), leg.Account, clearing, leg.Amount, intent.Currency, reference, null))
            .ToList();
    }
}
