using System.Security.Claims;
using Azora.Pricing.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features.Quotes;

/// <summary>Whoever asked for a quote reads it back; to anyone else it does not exist.</summary>
internal static class GetQuote
{
    public static void Map(IEndpointRouteBuilder quotes) =>
        quotes.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetQuote")
            .WithSummary("Read a quote the caller asked for.");

    private static async Task<Results<Ok<QuoteResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal caller, PricingDbContext db, CancellationToken cancellationToken)
    {
        var subject = caller.Subject();
        var quote = await db.Quotes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == id && q.OwnerSubject == subject, cancellationToken);
        return quote is null ? PricingProblems.NotFound("quote") : TypedResults.Ok(QuoteResponse.From(quote));
    }
}
