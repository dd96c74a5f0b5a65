using Azora.PaymentService.Data;
using Azora.PaymentService.Ledger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Features.Holds;

/// <summary>One hold; a pending hold whose time has passed is expired as it is read.</summary>
internal static class GetHold
{
    public static void Map(IEndpointRouteBuilder holds) =>
        holds.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetHold")
            .WithSummary("One hold and its state.");

    private static async Task<Results<Ok<HoldResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, PaymentDbContext db, HoldWriter holds, TimeProvider clock, CancellationToken cancellationToken)
    {
        var hold = await db.Holds.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (hold is not null && hold.HasExpiredAt(clock.GetUtcNow()))
        {
            await holds.ExpireDueAsync(cancellationToken);
            hold = await db.Holds.AsNoTracking().SingleAsync(h => h.Id == id, cancellationToken);
        }
        return hold is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The hold does not exist.")
            : TypedResults.Ok(HoldResponse.From(hold));
    }
}
