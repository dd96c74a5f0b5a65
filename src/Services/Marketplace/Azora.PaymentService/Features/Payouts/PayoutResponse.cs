using Azora.PaymentService.Domain.Payments;

namespace Azora.PaymentService.Features.Payouts;

internal sealed record PayoutResponse(
    Guid Id, Guid OwnerId, long Amount, string Currency, string Destination, string Status, string? ProviderPayoutId,
    DateTimeOffset CreatedAt, DateTimeOffset AvailableAt, DateTimeOffset? PaidAt)
{
    public static PayoutResponse From(Payout payout) => new(
        payout.Id, payout.OwnerId, payout.Amount, payout.Currency, payout.Destination, payout.Status.ToString().ToLowerInvariant(),
        payout.ProviderPayoutId, payout.CreatedAt, payout.AvailableAt, payout.PaidAt);
}
