using Azora.PaymentService.Ledger;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Azora.PaymentService.Features.Transfers;

/// <summary>A refused transfer or hold request as a problem naming the field at fault; nothing moved.</summary>
internal static class TransferResults
{
    public static ProblemHttpResult Problem(TransferOutcome.Refused refused) => TypedResults.Problem(
        statusCode: refused.Reason switch
        {
            RefusalReason.IdReused or RefusalReason.HoldClosed => StatusCodes.Status409Conflict,
            RefusalReason.InsufficientFunds => StatusCodes.Status422UnprocessableEntity,
            RefusalReason.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        },
        title: refused.Reason switch
        {
            RefusalReason.IdReused => "The transfer id was already used for a different transfer.",
            RefusalReason.InsufficientFunds => "Insufficient funds.",
            RefusalReason.HoldClosed => "The hold is no longer pending.",
            RefusalReason.NotFound => "The hold does not exist.",
            _ => "The transfer is not valid.",
        },
        detail: refused.Message,
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [refused.Field] = [refused.Message] } });
}
