using System.Security.Claims;
using Azora.Pricing.Data;
using Azora.Pricing.Pricing;
using Azora.ServiceDefaults.Idempotency;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Azora.Pricing.Features.Quotes;

/// <summary>
/// A signed-in person quotes for themselves; a service (LMS, marketplace, forge) with the customer scope quotes for a
/// customer it names. The quote is kept until it expires so that a checkout can refer to it. Under an
/// <c>Idempotency-Key</c> the quote is named by the key, so a run repeated after a takeover answers with the quote it made.
/// </summary>
internal static class CreateQuote
{
    public static void Map(IEndpointRouteBuilder quotes) =>
        quotes.MapPost("/", HandleAsync)
            .AcceptIdempotencyKey<PricingDbContext>()
            .WithName("CreateQuote")
            .WithSummary("Price a basket for a buyer's currency and country: line items, discounts, VAT and the total, kept until it expires.");

    private static async Task<Results<Created<QuoteResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        QuoteRequest request, ClaimsPrincipal caller, HttpContext http, QuoteBuilder builder, PricingDbContext db, TimeProvider clock, IOptions<PricingOptions> options,
        CancellationToken cancellationToken)
    {
        Guid? customerId;
        if (caller.TryGetAccountId(out var accountId))
        {
            if (request.CustomerId is { } named && named != accountId && !caller.IsPricingService())
            {
                return PricingProblems.Forbidden("A person quotes only for themselves.");
            }
            customerId = request.CustomerId ?? accountId;
        }
        else if (caller.IsPricingService())
        {
            customerId = request.CustomerId;
        }
        else
        {
            return TypedResults.Forbid();
        }

        var owner = caller.Subject();
        var quoteId = http.IdempotentRequest()?.IdFor("azora-pricing.quote");
        if (quoteId is { } earlierId
            && await db.Quotes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == earlierId && q.OwnerSubject == owner, cancellationToken) is { } earlier)
        {
            return TypedResults.Created($"/api/quotes/{earlier.Id}", QuoteResponse.From(earlier));
        }
        var errors = new FieldErrors();
        var now = clock.GetUtcNow();
        var quote = await builder.BuildAsync(request, quoteId, owner, customerId, now, options.Value.QuoteLifetime, errors, cancellationToken);
        if (quote is null)
        {
            return PricingProblems.Fields(errors);
        }
        db.Quotes.Add(quote);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return PricingProblems.ChangedMeanwhile();
        }
        return TypedResults.Created($"/api/quotes/{quote.Id}", QuoteResponse.From(quote));
    }
}
