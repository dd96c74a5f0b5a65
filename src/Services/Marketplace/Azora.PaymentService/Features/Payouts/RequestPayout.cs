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

namespace Azora.PaymentService.Features.Payouts;

/// <param name="Destination">The external account to pay, e.g. an IBAN or bank account reference.</param>
internal sealed record RequestPayoutRequest(long? Amount = null, string? Currency = null, string? Destination = null);

/// <summary>The caller takes money out of their wallet: held now, paid to the destination after the holding period.</summary>
internal static class RequestPayout
{
    public static void Map(IEndpointRouteBuilder payouts) =>
        payouts.MapPost("/", HandleAsync)
            .WithName("RequestPayout")
            .AcceptIdempotencyKey<PaymentDbContext>()
            .WithSummary("Pay an amount of the caller's wallet out to an external account after the holding period.");

    private static async Task<Results<Created<PayoutResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        RequestPayoutRequest request, ClaimsPrincipal caller, HttpContext http, PayoutWorkflow workflow, CancellationToken cancellationToken)
    {
        if (caller.ActorOf() is not { } owner)
        {
            return TypedResults.Forbid();
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Amount is not (>= 1 and <= Transfer.MaxAmount))
        {
            errors["amount"] = [$"A whole number of minor units from 1 to {Transfer.MaxAmount}."];
        }
        if (request.Currency is null || !Currencies.IsKnown(request.Currency) || request.Currency == Currencies.Azr)
        {
            errors["currency"] = ["An ISO 4217 currency code in capitals, such as ZAR or USD; AZR is not paid out."];
        }
        if (string.IsNullOrWhiteSpace(request.Destination) || request.Destination.Length > Payout.DestinationMaxLength)
        {
            errors["destination"] = [$"The external account, 1 to {Payout.DestinationMaxLength} characters."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        // Under an Idempotency-Key the payout's id is the key's, so a run repeated after a takeover finds the payout it made.
        var payoutId = http.IdempotentRequest()?.IdFor("payment-service.payout");
        var (payout, problem) = await workflow.RequestAsync(
            owner, payoutId, request.Amount!.Value, request.Currency!, request.Destination!.Trim(), cancellationToken);
        return payout is null ? problem!.ToResult() : TypedResults.Created($"/api/payments/payouts/{payout.Id}", PayoutResponse.From(payout));
    }
}
