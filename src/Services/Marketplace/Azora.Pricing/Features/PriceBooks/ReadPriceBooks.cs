using Azora.Pricing.Data;
using Azora.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features.PriceBooks;

/// <summary>Any signed-in caller reads the price books: which currencies are sold in and how their prices are set.</summary>
internal static class ReadPriceBooks
{
    public static void Map(IEndpointRouteBuilder books)
    {
        books.MapGet("/", ListAsync)
            .WithName("ListPriceBooks")
            .WithSummary("List the price books, oldest first, with cursor pagination.");
        books.MapGet("/{id:guid}", GetAsync)
            .WithName("GetPriceBook")
            .WithSummary("Read one price book.");
    }

    private static async Task<Results<Ok<Page<PriceBookResponse>>, ValidationProblem>> ListAsync(
        string? limit, string? cursor, PricingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = PageRequest.Read(limit, cursor, errors);
        return errors.Count > 0
            ? PricingProblems.Fields(errors)
            : TypedResults.Ok(await Page<PriceBookResponse>.ReadAsync(db.PriceBooks.AsNoTracking(), page, b => b.Id, PriceBookResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<PriceBookResponse>, ProblemHttpResult>> GetAsync(Guid id, PricingDbContext db, CancellationToken cancellationToken)
    {
        var book = await db.PriceBooks.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        return book is null ? PricingProblems.NotFound("price book") : TypedResults.Ok(PriceBookResponse.From(book));
    }
}
