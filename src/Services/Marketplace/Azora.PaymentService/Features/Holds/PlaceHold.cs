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

/// <summary>A hold as a client asks for it: a transfer's fields and how long the hold lasts before it expires.</summary>
internal sealed record PlaceHoldRequest(
    Guid? Id,
    Guid? DebitAccountId,
    Guid? CreditAccountId,
    long? Amount,
    string? Currency,
    int? TimeoutSeconds,
    string? Reference = null);

/// <summary>Reserves funds for a later transfer; the same request again returns the same hold (200).</summary>
internal static class PlaceHold
{
    public static void Map(IEndpointRouteBuilder holds) =>
        holds.MapPost("/", HandleAsync)
            .WithName("PlaceHold")
            .AcceptIdempotencyKey<PaymentDbContext>()
            .WithSummary("Reserve an amount of the debit account for the credit account until posted, voided or expired.");

    private static async Task<Results<Created<HoldResponse>, Ok<HoldResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        PlaceHoldRequest request, HoldWriter holds, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var transfer = new TransferRequest(request.Id, request.DebitAccountId, request.CreditAccountId, request.Amount, request.Currency, request.Reference);
        var terms = transfer.Check(errors);
        if (request.TimeoutSeconds is not (>= 1 and <= Hold.MaxTimeoutSeconds))
        {
            errors["timeoutSeconds"] = [$"A whole number of seconds from 1 to {Hold.MaxTimeoutSeconds}."];
        }
        if (terms is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await holds.PlaceAsync(terms, TimeSpan.FromSeconds(request.TimeoutSeconds!.Value), cancellationToken) switch
        {
            HoldOutcome.Done done => TypedResults.Created($"/api/ledger/holds/{done.Hold.Id}", HoldResponse.From(done.Hold)),
            HoldOutcome.AlreadyDone found => TypedResults.Ok(HoldResponse.From(found.Hold)),
            HoldOutcome.Refused refused => TransferResults.Problem(refused.Refusal),
            _ => throw new InvalidOperationException("An unknown hold outcome."),
        };
    }
}
