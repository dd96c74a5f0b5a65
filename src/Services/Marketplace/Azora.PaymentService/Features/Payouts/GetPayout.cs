using System.Security.Claims;
using Azora.PaymentService.Data;
using Azora.PaymentService.Payments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Features.Payouts;

internal static class GetPayout
{
    public static void Map(IEndpointRouteBuilder payouts) =>
        payouts.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetPayout")
            .WithSummary("One payout: the owner's own, or any for a platform-admin.");

    private static async Task<Results<Ok<PayoutResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal caller, PaymentDbContext db, CancellationToken cancellationToken)
    {
        var payout = await db.Payouts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return payout is not null && (caller.IsOperator() || caller.ActorOf() == payout.OwnerId)
            ? TypedResults.Ok(PayoutResponse.From(payout))
            : PaymentProblem.NotFound("payout").ToResult();
    }
}
