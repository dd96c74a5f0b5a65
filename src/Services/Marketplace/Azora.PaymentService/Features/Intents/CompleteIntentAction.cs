using System.Security.Claims;
using Azora.PaymentService.Data;
using Azora.PaymentService.Payments;
using Azora.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.PaymentService.Features.Intents;

/// <summary>The payer has completed the extra action (3-D Secure): the provider goes on with the payment.</summary>
internal static class CompleteIntentAction
{
    public static void Map(IEndpointRouteBuilder intents) =>
        intents.MapPost("/{id:guid}/complete-action", HandleAsync)
            .WithName("CompletePaymentIntentAction")
            .AcceptIdempotencyKey<PaymentDbContext>()
            .WithSummary("Continue a payment intent in requires_action once the payer has completed the action.");

    private static async Task<Results<Ok<IntentResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal caller, PaymentDbContext db, IntentWorkflow workflow, CancellationToken cancellationToken)
    {
        if (!await db.VisibleToAsync(id, caller, cancellationToken))
        {
            return IntentResults.NotFound();
        }
        return IntentResults.From(await workflow.CompleteActionAsync(id, caller.ActorOf(), cancellationToken));
    }
}
