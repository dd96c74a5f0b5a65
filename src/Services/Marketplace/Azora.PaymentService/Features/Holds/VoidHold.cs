using Azora.PaymentService.Features.Transfers;
using Azora.PaymentService.Data;
using Azora.ServiceDefaults.Idempotency;
using Azora.PaymentService.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.PaymentService.Features.Holds;

/// <summary>Cancels a pending hold and releases what it reserved; voiding it again changes nothing.</summary>
internal static class VoidHold
{
    public static void Map(IEndpointRouteBuilder holds) =>
        holds.MapPost("/{id:guid}/void", HandleAsync)
            .WithName("VoidHold")
            .AcceptIdempotencyKey<PaymentDbContext>()
            .WithSummary("Cancel a pending hold, releasing the reserved amount.");

    private static async Task<Results<Ok<HoldResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, HoldWriter holds, CancellationToken cancellationToken) =>
        await holds.VoidAsync(id, cancellationToken) switch
        {
            HoldOutcome.Done done => TypedResults.Ok(HoldResponse.From(done.Hold)),
            HoldOutcome.AlreadyDone found => TypedResults.Ok(HoldResponse.From(found.Hold)),
            HoldOutcome.Refused refused => TransferResults.Problem(refused.Refusal),
            _ => throw new InvalidOperationException("An unknown hold outcome."),
        };
}
