using Azora.PaymentService.Domain;

namespace Azora.PaymentService.Features.Transfers;

internal sealed record TransferResponse(
    Guid Id,
    Guid DebitAccountId,
    Guid CreditAccountId,
    long Amount,
    string Currency,
    string? Reference,
    Guid? Reverses,
    DateTimeOffset CreatedAt)
{
    public static TransferResponse From(Transfer transfer) => new(
        transfer.Id,
        transfer.DebitAccountId,
        transfer.CreditAccountId,
        transfer.Amount,
        transfer.Currency,
        transfer.Reference,
        transfer.Reverses,
        transfer.CreatedAt);
}
