using System.Security.Claims;
using Azora.Pricing.Data;
using Azora.Pricing.Pricing;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features.PriceBooks;

/// <summary>A platform-admin changes a book's name and settings; its currency never changes.</summary>
internal static class UpdatePriceBook
{
    public static void Map(IEndpointRouteBuilder books) =>
        books.MapPut("/{id:guid}", HandleAsync)
            .WithName("UpdatePriceBook")
            .WithSummary("Change a price book's name, tax mode, base country, regional pricing, floor and rounding (platform-admin).");

    private static async Task<Results<Ok<PriceBookResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id, PriceBookRequest request, ClaimsPrincipal caller, PricingOutbox outbox, PricingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var actorId) || !caller.IsPlatformAdmin())
        {
            return TypedResults.Forbid();
        }
        var errors = new FieldErrors();
        var terms = request.Read(errors);
        var book = await db.PriceBooks.SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (book is null)
        {
            return PricingProblems.NotFound("price book");
        }
        if (terms is null)
        {
            return PricingProblems.Fields(errors);
        }
        if (request.Currency != book.Currency)
        {
            return PricingProblems.Field("currency", $"A price book's currency cannot change; this one is in {book.Currency}.");
        }
        var now = clock.GetUtcNow();
        book.Revise(request.Name, terms, now);
        return await outbox.TryCommitAsync(cancellationToken, PriceBookAudit.Recorded("price-book.changed", actorId, book, now))
            ? TypedResults.Ok(PriceBookResponse.From(book))
            : PricingProblems.ChangedMeanwhile();
    }
}
