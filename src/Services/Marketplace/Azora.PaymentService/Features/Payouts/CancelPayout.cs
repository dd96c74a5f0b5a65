using System.Security.Claims;
using Azora.PaymentService.Data;
using Azora.PaymentService.Payments;
using Azora.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.PaymentService.Features.Payouts;

/// <summary>The owner cancels a payout still in its holding period; the held money is theirs to spend again.</summary>
internal static class CancelPayout
{
    public static void Map(IEndpointRouteBuilder payouts) =>
        payouts.MapPost("/{id:guid}/cancel", HandleAsync)
            .WithName("CancelPayout")
            .AcceptIdempotencyKey<PaymentDbContext>()
            .WithSummary("Cancel one of the caller's pending payouts.");

    private static async Task<Results<Ok<PayoutResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal caller, PayoutWorkflow workflow, CancellationToken cancellationToken)
    {
        if (caller.ActorOf() is not { } owner)
        {
            return PaymentProblem.NotFound("payout").ToResult();
        }
        var (payout, problem) = await workflow.CancelAsync(id, owner, cancellationToken);
        return payout is null ? problem!.ToResult() : TypedResults.Ok(PayoutResponse.From(payout));
    }
}
