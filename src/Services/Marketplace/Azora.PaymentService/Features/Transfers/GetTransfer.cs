using Azora.PaymentService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Features.Transfers;

internal static class GetTransfer
{
    public static void Map(IEndpointRouteBuilder transfers) =>
        transfers.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetTransfer")
            .WithSummary("One transfer by its id.");

    private static async Task<Results<Ok<TransferResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, PaymentDbContext db, CancellationToken cancellationToken)
    {
        var transfer = await db.Transfers.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return transfer is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The transfer does not exist.")
            : TypedResults.Ok(TransferResponse.From(transfer));
    }
}
