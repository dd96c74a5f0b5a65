using System.Security.Claims;
using Azora.Pricing.Data;
using Azora.Pricing.Domain;
using Azora.Pricing.Pricing;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Pricing.Features.PriceBooks;

/// <summary>A platform-admin opens the price book of a currency; there is one book per currency.</summary>
internal static class CreatePriceBook
{
    public static void Map(IEndpointRouteBuilder books) =>
        books.MapPost("/", HandleAsync)
            .WithName("CreatePriceBook")
            .WithSummary("Open the price book of a currency (platform-admin); 409 when that currency has one.");

    private static async Task<Results<Created<PriceBookResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        PriceBookRequest request, ClaimsPrincipal caller, PricingOutbox outbox, PricingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var actorId) || !caller.IsPlatformAdmin())
        {
            return TypedResults.Forbid();
        }
        var errors = new FieldErrors();
        if (request.Read(errors) is not { } terms)
        {
            return PricingProblems.Fields(errors);
        }
        var now = clock.GetUtcNow();
        var book = PriceBook.Open(request.Name, request.Currency, terms, now);
        db.PriceBooks.Add(book);
        return await outbox.TryCommitAsync(cancellationToken, PriceBookAudit.Recorded("price-book.created", actorId, book, now))
            ? TypedResults.Created($"/api/price-books/{book.Id}", PriceBookResponse.From(book))
            : PricingProblems.Fields(StatusCodes.Status409Conflict, "The currency already has a price book.", new Dictionary<string, string[]>
            {
                ["currency"] = [$"There is already a price book in {request.Currency}."],
            });
    }
}
