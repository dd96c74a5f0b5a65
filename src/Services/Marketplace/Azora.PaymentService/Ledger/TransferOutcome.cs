using Azora.PaymentService.Domain;

namespace Azora.PaymentService.Ledger;

/// <summary>What became of a requested transfer (or batch): written now, found already written, or refused.</summary>
internal abstract record TransferOutcome
{
    private TransferOutcome()
    {
    }

    /// <summary>Written by this request.</summary>
    public sealed record Written(IReadOnlyList<Transfer> Transfers) : TransferOutcome;

    /// <summary>Already written by an earlier request with the same ids and the same terms; nothing moved now.</summary>
    public sealed record AlreadyWritten(IReadOnlyList<Transfer> Transfers) : TransferOutcome;

    /// <summary>Refused, nothing moved: <paramref name="Field"/> is the request field at fault.</summary>
    public sealed record Refused(RefusalReason Reason, string Field, string Message) : TransferOutcome;
}

internal enum RefusalReason
{
    /// <summary>The request names something that does not fit: an unknown account, another currency, a bad reversal.</summary>
    Invalid,

    /// <summary>The id was used before for a transfer with different terms.</summary>
    IdReused,

    /// <summary>A guarded account cannot afford the amount.</summary>
    InsufficientFunds,

    /// <summary>The hold is no longer pending: it was posted, voided or has expired.</summary>
    HoldClosed,

    /// <summary>No such hold.</summary>
    NotFound,
}
