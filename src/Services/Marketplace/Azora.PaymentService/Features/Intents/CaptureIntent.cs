using System.Security.Claims;
using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Azora.PaymentService.Payments;
using Azora.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.PaymentService.Features.Intents;

/// <param name="AmountToCapture">All of the authorized amount when absent; less releases the rest.</param>
internal sealed record CaptureIntentRequest(long? AmountToCapture = null);

/// <summary>A platform-admin (or a ledger service) captures an authorized payment; the money lands in the ledger.</summary>
internal static class CaptureIntent
{
    public static void Map(IEndpointRouteBuilder intents) =>
        intents.MapPost("/{id:guid}/capture", HandleAsync)
            .WithName("CapturePaymentIntent")
            .AcceptIdempotencyKey<PaymentDbContext>()
            .WithSummary("Capture a payment intent in requires_capture, all of it or part.");

    private static async Task<Results<Ok<IntentResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, CaptureIntentRequest? request, ClaimsPrincipal caller, PaymentDbContext db, IntentWorkflow workflow, CancellationToken cancellationToken)
    {
        if (!await db.VisibleToAsync(id, caller, cancellationToken))
        {
            return IntentResults.NotFound();
        }
        if (!caller.IsOperator())
        {
            return new PaymentProblem(StatusCodes.Status403Forbidden, "Only the platform captures payments.", "id",
                "A platform-admin or a service with the ledger scope captures a payment.").ToResult();
        }
        if (request?.AmountToCapture is < 1 or > Transfer.MaxAmount)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["amountToCapture"] = ["A whole number of minor units, more than zero."],
            });
        }
        var (intent, problem) = await workflow.CaptureAsync(id, request?.AmountToCapture, caller.ActorOf(), cancellationToken);
        return intent is null ? problem!.ToResult() : TypedResults.Ok(IntentResponse.From(intent));
    }
}
