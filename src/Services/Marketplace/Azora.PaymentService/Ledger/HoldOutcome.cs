using Azora.PaymentService.Domain;

namespace Azora.PaymentService.Ledger;

/// <summary>What became of a request about a hold: done now, found already done by an earlier request, or refused.</summary>
internal abstract record HoldOutcome
{
    private HoldOutcome()
    {
    }

    public sealed record Done(Hold Hold, Transfer? Transfer) : HoldOutcome;

    public sealed record AlreadyDone(Hold Hold, Transfer? Transfer) : HoldOutcome;

    public sealed record Refused(TransferOutcome.Refused Refusal) : HoldOutcome;
}
