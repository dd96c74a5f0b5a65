using Azora.Pricing.Data;
using Azora.Pricing.Regional;
using Azora.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features.Prices;

/// <summary>Any signed-in caller reads a book's prices, and a product's price for a country.</summary>
internal static class ReadPrices
{
    public static void Map(IEndpointRouteBuilder books)
    {
        books.MapGet("/{bookId:guid}/prices", ListAsync)
            .WithName("ListProductPrices")
            .WithSummary("List a price book's product prices, oldest first, with cursor pagination.");
        books.MapGet("/{bookId:guid}/prices/{productId:guid}", GetAsync)
            .WithName("GetProductPrice")
            .WithSummary("Read a product's price; with ?country= also its purchasing-power price there, with the ratios and their years.");
    }

    private static async Task<Results<Ok<Page<PriceResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        Guid bookId, string? limit, string? cursor, PricingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = PageRequest.Read(limit, cursor, errors);
        if (errors.Count > 0)
        {
            return PricingProblems.Fields(errors);
        }
        var book = await db.PriceBooks.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookId, cancellationToken);
        if (book is null)
        {
            return PricingProblems.NotFound("price book");
        }
        var prices = db.ProductPrices.AsNoTracking().Where(p => p.PriceBookId == bookId);
        return TypedResults.Ok(await Page<PriceResponse>.ReadAsync(prices, page, p => p.Id, p => PriceResponse.From(p, book.Currency), cancellationToken));
    }

    private static async Task<Results<Ok<PriceResponse>, ValidationProblem, ProblemHttpResult>> GetAsync(
        Guid bookId, Guid productId, string? country, PricingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (country is not null)
        {
            errors.Country("country", country);
        }
        if (errors.Count > 0)
        {
            return PricingProblems.Fields(errors);
        }
        var book = await db.PriceBooks.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookId, cancellationToken);
        var price = book is null
            ? null
            : await db.ProductPrices.AsNoTracking().SingleOrDefaultAsync(p => p.PriceBookId == bookId && p.ProductId == productId, cancellationToken);
        if (book is null || price is null)
        {
            return PricingProblems.NotFound("price");
        }
        var regional = country is null ? null : RegionalPriceResponse.From(book, country, RegionalPrice.For(book, price.UnitAmount, country));
        return TypedResults.Ok(PriceResponse.From(price, book.Currency, regional));
    }
}
