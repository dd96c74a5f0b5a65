using Azora.PaymentService.Domain.Payments;

namespace Azora.PaymentService.Features.Refunds;

internal sealed record RefundResponse(
    Guid Id, Guid PaymentIntentId, long Amount, string Currency, long FeeReturned, string? Reason, string ProviderRefundId, DateTimeOffset CreatedAt)
{
    public static RefundResponse From(Refund refund) => new(
        refund.Id, refund.IntentId, refund.Amount, refund.Currency, refund.Fee, refund.Reason, refund.ProviderRefundId, refund.CreatedAt);
}
