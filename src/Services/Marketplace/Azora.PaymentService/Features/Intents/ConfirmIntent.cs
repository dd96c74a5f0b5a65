using System.Security.Claims;
using Azora.PaymentService.Data;
using Azora.PaymentService.Payments;
using Azora.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.PaymentService.Features.Intents;

/// <param name="PaymentMethod">Replaces the intent's payment method, or supplies the one it lacks.</param>
internal sealed record ConfirmIntentRequest(string? PaymentMethod = null);

/// <summary>
/// The payer confirms: the provider authorizes (captured at once with automatic capture), declines (back to
/// requires_payment_method with the decline code), asks for an action, or processes asynchronously.
/// </summary>
internal static class ConfirmIntent
{
    public static void Map(IEndpointRouteBuilder intents) =>
        intents.MapPost("/{id:guid}/confirm", HandleAsync)
            .WithName("ConfirmPaymentIntent")
            .AcceptIdempotencyKey<PaymentDbContext>()
            .WithSummary("Confirm a payment intent with its payment method.");

    private static async Task<Results<Ok<IntentResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ConfirmIntentRequest? request, ClaimsPrincipal caller, PaymentDbContext db, IntentWorkflow workflow, CancellationToken cancellationToken)
    {
        if (!await db.VisibleToAsync(id, caller, cancellationToken))
        {
            return IntentResults.NotFound();
        }
        return IntentResults.From(await workflow.ConfirmAsync(id, request?.PaymentMethod, caller.ActorOf(), cancellationToken));
    }
}
