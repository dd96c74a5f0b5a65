using Azora.PaymentService.Data;
using Azora.ServiceDefaults.Idempotency;
using Azora.PaymentService.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.PaymentService.Features.Transfers;

/// <summary>Moves money between two accounts of one currency; the same request again returns the same transfer (200).</summary>
internal static class CreateTransfer
{
    public static void Map(IEndpointRouteBuilder transfers) =>
        transfers.MapPost("/", HandleAsync)
            .WithName("CreateTransfer")
            .AcceptIdempotencyKey<PaymentDbContext>()
            .WithSummary("Debit one account and credit another; idempotent on the client-supplied id.");

    private static async Task<Results<Created<TransferResponse>, Ok<TransferResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        TransferRequest request, TransferGroupCommit ledger, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Check(errors) is not { } terms)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await ledger.WriteAsync(terms, cancellationToken) switch
        {
            TransferOutcome.Written written => TypedResults.Created(
                $"/api/ledger/transfers/{terms.Id}", TransferResponse.From(written.Transfers[0])),
            TransferOutcome.AlreadyWritten found => TypedResults.Ok(TransferResponse.From(found.Transfers[0])),
            TransferOutcome.Refused refused => TransferResults.Problem(refused),
            _ => throw new InvalidOperationException("An unknown transfer outcome."),
        };
    }
}
