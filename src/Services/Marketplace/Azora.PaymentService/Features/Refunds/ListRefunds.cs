using System.Security.Claims;
using Azora.PaymentService.Data;
using Azora.PaymentService.Features.Intents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Features.Refunds;

internal sealed record RefundListResponse(IReadOnlyList<RefundResponse> Items);

internal static class ListRefunds
{
    public static void Map(IEndpointRouteBuilder intents) =>
        intents.MapGet("/{id:guid}/refunds", HandleAsync)
            .WithName("ListRefunds")
            .WithSummary("The refunds of a payment intent, oldest first.");

    private static async Task<Results<Ok<RefundListResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal caller, PaymentDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.VisibleToAsync(id, caller, cancellationToken))
        {
            return IntentResults.NotFound();
        }
        var refunds = await db.Refunds.AsNoTracking().Where(r => r.IntentId == id).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(new RefundListResponse(refunds.Select(RefundResponse.From).ToList()));
    }
}
