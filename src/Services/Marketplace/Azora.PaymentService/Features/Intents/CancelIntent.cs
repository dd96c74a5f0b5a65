using System.Security.Claims;
using Azora.PaymentService.Data;
using Azora.PaymentService.Payments;
using Azora.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.PaymentService.Features.Intents;

/// <summary>Abandons a payment that has not succeeded (nor is processing); an authorization is released at the provider.</summary>
internal static class CancelIntent
{
    public static void Map(IEndpointRouteBuilder intents) =>
        intents.MapPost("/{id:guid}/cancel", HandleAsync)
            .WithName("CancelPaymentIntent")
            .AcceptIdempotencyKey<PaymentDbContext>()
            .WithSummary("Cancel a payment intent that has not succeeded.");

    private static async Task<Results<Ok<IntentResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal caller, PaymentDbContext db, IntentWorkflow workflow, CancellationToken cancellationToken)
    {
        if (!await db.VisibleToAsync(id, caller, cancellationToken))
        {
            return IntentResults.NotFound();
        }
        return IntentResults.From(await workflow.CancelAsync(id, cancellationToken));
    }
}
