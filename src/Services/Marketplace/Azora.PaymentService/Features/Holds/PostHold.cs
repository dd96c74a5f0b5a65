using System.ComponentModel.DataAnnotations;
using Azora.PaymentService.Domain;
using Azora.PaymentService.Features.Transfers;
using Azora.PaymentService.Data;
using Azora.ServiceDefaults.Idempotency;
using Azora.PaymentService.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.PaymentService.Features.Holds;

/// <param name="TransferId">The client's id for the transfer that posting writes; posting again with it changes nothing.</param>
/// <param name="Amount">How much of the hold to transfer; all of it when absent. The rest is released.</param>
internal sealed record PostHoldRequest([Required] Guid? TransferId, [Range(1, Transfer.MaxAmount)] long? Amount = null);

internal sealed record PostedHoldResponse(HoldResponse Hold, TransferResponse Transfer);

/// <summary>Completes a hold: transfers all or part of it and releases the rest.</summary>
internal static class PostHold
{
    public static void Map(IEndpointRouteBuilder holds) =>
        holds.MapPost("/{id:guid}/post", HandleAsync)
            .WithName("PostHold")
            .AcceptIdempotencyKey<PaymentDbContext>()
            .WithSummary("Transfer all or part of a pending hold; the rest of it is released.");

    private static async Task<Results<Created<PostedHoldResponse>, Ok<PostedHoldResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, PostHoldRequest request, HoldWriter holds, CancellationToken cancellationToken)
    {
        if (request.TransferId == Guid.Empty)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["transferId"] = ["A GUID the client chooses, not the empty GUID."] });
        }
        return await holds.PostAsync(id, request.TransferId!.Value, request.Amount, cancellationToken) switch
        {
            HoldOutcome.Done done => TypedResults.Created(
                $"/api/ledger/transfers/{done.Transfer!.Id}", new PostedHoldResponse(HoldResponse.From(done.Hold), TransferResponse.From(done.Transfer))),
            HoldOutcome.AlreadyDone found => TypedResults.Ok(new PostedHoldResponse(HoldResponse.From(found.Hold), TransferResponse.From(found.Transfer!))),
            HoldOutcome.Refused refused => TransferResults.Problem(refused.Refusal),
            _ => throw new InvalidOperationException("An unknown hold outcome."),
        };
    }
}
