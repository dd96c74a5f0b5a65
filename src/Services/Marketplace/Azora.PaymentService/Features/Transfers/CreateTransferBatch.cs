using System.ComponentModel.DataAnnotations;
using Azora.PaymentService.Domain;
using Azora.PaymentService.Data;
using Azora.ServiceDefaults.Idempotency;
using Azora.PaymentService.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.PaymentService.Features.Transfers;

internal sealed record TransferBatchRequest([Required] IReadOnlyList<TransferRequest>? Transfers);

internal sealed record TransferBatchResponse(IReadOnlyList<TransferResponse> Transfers);

/// <summary>Linked transfers: all of them are written, in order, or none is.</summary>
internal static class CreateTransferBatch
{
    public const int MaxTransfers = 100;

    public static void Map(IEndpointRouteBuilder transfers) =>
        transfers.MapPost("/batch", HandleAsync)
            .WithName("CreateTransferBatch")
            .AcceptIdempotencyKey<PaymentDbContext>()
            .WithSummary("Write linked transfers that succeed or fail together; idempotent on their ids.");

    private static async Task<Results<Created<TransferBatchResponse>, Ok<TransferBatchResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        TransferBatchRequest request, TransferGroupCommit ledger, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var requests = request.Transfers!;
        if (requests.Count is 0 or > MaxTransfers)
        {
            errors["transfers"] = [$"A batch holds from 1 to {MaxTransfers} transfers."];
        }
        var batch = new List<TransferTerms>();
        foreach (var (transfer, index) in requests.Select((transfer, index) => (transfer, index)))
        {
            var prefix = $"transfers[{index}].";
            if (transfer is null)
            {
                errors[$"transfers[{index}]"] = ["A transfer, not null."];
                continue;
            }
            if (transfer.Check(errors, prefix) is { } terms)
            {
                batch.Add(terms);
            }
        }
        if (batch.Select(t => t.Id).Distinct().Count() != batch.Count)
        {
            errors["transfers"] = ["Every transfer in a batch has its own id."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await ledger.WriteAsync(batch, cancellationToken) switch
        {
            TransferOutcome.Written written => TypedResults.Created(
                "/api/ledger/transfers", new TransferBatchResponse(written.Transfers.Select(TransferResponse.From).ToList())),
            TransferOutcome.AlreadyWritten found => TypedResults.Ok(new TransferBatchResponse(found.Transfers.Select(TransferResponse.From).ToList())),
            TransferOutcome.Refused refused => TransferResults.Problem(refused),
            _ => throw new InvalidOperationException("An unknown transfer outcome."),
        };
    }
}
