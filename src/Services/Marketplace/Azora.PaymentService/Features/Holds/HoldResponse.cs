using Azora.PaymentService.Domain;

namespace Azora.PaymentService.Features.Holds;

internal sealed record HoldResponse(
    Guid Id,
    Guid DebitAccountId,
    Guid CreditAccountId,
    long Amount,
    string Currency,
    string? Reference,
    string State,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    Guid? TransferId,
    DateTimeOffset? ResolvedAt)
{
    public static HoldResponse From(Hold hold) => new(
        hold.Id,
        hold.DebitAccountId,
        hold.CreditAccountId,
        hold.Amount,
        hold.Currency,
        hold.Reference,
        hold.State.ToString().ToLowerInvariant(),
        hold.CreatedAt,
        hold.ExpiresAt,
        hold.TransferId,
        hold.ResolvedAt);
}
