using System.Security.Claims;
using Azora.Contracts.Pricing;
using Azora.Pricing.Domain;
using Azora.Pricing.Data;
using Azora.Pricing.Pricing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features.Quotes;

/// <summary>
/// Checking out a quote: its owner accepts it before it expires, which redeems its coupon for its customer exactly
/// once and announces <see cref="QuoteAccepted"/> through the outbox in the same transaction. Accepting it again
/// returns it as it was accepted, and redeems and announces nothing more.
/// </summary>
internal static class AcceptQuote
{
    public static void Map(IEndpointRouteBuilder quotes) =>
        quotes.MapPost("/{id:guid}/accept", HandleAsync)
            .WithName("AcceptQuote")
            .WithSummary("Check out a quote before it expires, redeeming its coupon once; repeating it changes nothing.");

    private static async Task<Results<Ok<QuoteResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal caller, PricingDbContext db, PricingOutbox outbox, CouponRedeemer coupons, TimeProvider clock, CancellationToken cancellationToken)
    {
        var subject = caller.Subject();
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var quote = await db.Quotes.SingleOrDefaultAsync(q => q.Id == id && q.OwnerSubject == subject, cancellationToken);
        if (quote is null)
        {
            return PricingProblems.NotFound("quote");
        }
        if (quote.AcceptedAt is not null)
        {
            return TypedResults.Ok(QuoteResponse.From(quote));
        }
        if (quote.IsExpiredAt(now))
        {
            return PricingProblems.Conflict("The quote has expired; ask for a new one.");
        }
        if (quote is { CouponId: { } couponId, CustomerId: { } customerId }
            && await coupons.RedeemAsync(couponId, customerId, quote.Id, now, cancellationToken) is { } refusal)
        {
            return PricingProblems.Fields(StatusCodes.Status409Conflict, "The quote's coupon can no longer be redeemed.", new Dictionary<string, string[]>
            {
                ["couponCode"] = [refusal],
            });
        }
        quote.Accept(now);
        // Saves and commits the open transaction with the event's envelope in it.
        return await outbox.TryCommitAsync(cancellationToken, Announcement(quote))
            ? TypedResults.Ok(QuoteResponse.From(quote))
            : PricingProblems.ChangedMeanwhile();
    }

    private static QuoteAccepted Announcement(Quote quote) => new(
        quote.Id, quote.OwnerSubject, quote.CustomerId, quote.Currency, quote.Country, quote.Total, quote.Tax, quote.Discount,
        TaxKinds.Name(quote.TaxKind), quote.CouponCode,
        [.. quote.Lines.OrderBy(l => l.Position).Select(l => new AcceptedQuoteLine(l.Kind, l.ReferenceId, l.Quantity, l.Net, l.Tax, l.Gross))],
        quote.AcceptedAt!.Value);
}
