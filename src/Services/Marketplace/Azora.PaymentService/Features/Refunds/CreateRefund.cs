using System.Security.Claims;
using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Azora.PaymentService.Domain.Payments;
using Azora.PaymentService.Payments;
using Azora.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.PaymentService.Features.Refunds;

/// <param name="Amount">Minor units; what is left to refund when absent.</param>
internal sealed record CreateRefundRequest(long? Amount = null, string? Reason = null);

/// <summary>A platform-admin (or a ledger service) refunds part or all of a succeeded payment, as often as needed up to what was captured.</summary>
internal static class CreateRefund
{
    public static void Map(IEndpointRouteBuilder intents) =>
        intents.MapPost("/{id:guid}/refunds", HandleAsync)
            .WithName("CreateRefund")
            .AcceptIdempotencyKey<PaymentDbContext>()
            .WithSummary("Refund part or all of a succeeded payment intent.");

    private static async Task<Results<Created<RefundResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, CreateRefundRequest? request, ClaimsPrincipal caller, HttpContext http, RefundWorkflow workflow, CancellationToken cancellationToken)
    {
        if (!caller.IsOperator())
        {
            return new PaymentProblem(StatusCodes.Status403Forbidden, "Only the platform refunds payments.", "id",
                "A platform-admin or a service with the ledger scope refunds a payment.").ToResult();
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request?.Amount is < 1 or > Transfer.MaxAmount)
        {
            errors["amount"] = ["A whole number of minor units, more than zero."];
        }
        if (request?.Reason is { Length: > Refund.ReasonMaxLength })
        {
            errors["reason"] = [$"At most {Refund.ReasonMaxLength} characters."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        // Under an Idempotency-Key the refund's id is the key's, so a run repeated after a takeover finds the refund it made.
        var refundId = http.IdempotentRequest()?.IdFor("payment-service.refund");
        var (refund, problem) = await workflow.RefundAsync(id, refundId, request?.Amount, request?.Reason, caller.ActorOf(), cancellationToken);
        return refund is null
            ? problem!.ToResult()
            : TypedResults.Created($"/api/payments/intents/{id}/refunds/{refund.Id}", RefundResponse.From(refund));
    }
}
