using System.Security.Claims;
using Azora.PaymentService.Data;
using Azora.PaymentService.Payments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Features.Intents;

internal static class GetIntent
{
    public static void Map(IEndpointRouteBuilder intents) =>
        intents.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetPaymentIntent")
            .WithSummary("One payment intent: the payer's own, or any for a platform-admin.");

    private static async Task<Results<Ok<IntentResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal caller, PaymentDbContext db, CancellationToken cancellationToken)
    {
        var intent = await db.PaymentIntents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return intent is not null && caller.MaySee(intent) ? TypedResults.Ok(IntentResponse.From(intent)) : IntentResults.NotFound();
    }
}
