using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Pricing.Data;
using Azora.Pricing.Domain;
using Azora.Pricing.Pricing;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features.Prices;

/// <summary>
/// The price of a product in a book: its kind (<c>course</c>, <c>gig</c>, <c>project</c>, <c>item</c>), a name for
/// quotes, and the unit amount in minor units. A platform-admin may name the seller who owns the price.
/// </summary>
internal sealed record SetPriceRequest(
    [Required] string Kind,
    [Required, StringLength(ProductPrice.NameMaxLength, MinimumLength = 1)] string Name,
    [Required] long? UnitAmount,
    Guid? OwnerId = null);

/// <summary>
/// An instructor or seller prices their own product, and a platform-admin any product. The first to price a product
/// owns its price; from then on only its owner or a platform-admin changes it.
/// </summary>
internal static class SetPrice
{
    public static void Map(IEndpointRouteBuilder books) =>
        books.MapPut("/{bookId:guid}/prices/{productId:guid}", HandleAsync)
            .WithName("SetProductPrice")
            .WithSummary("Set a product's price in a book (its owner, an instructor or seller for their own product, or a platform-admin).");

    private static async Task<Results<Ok<PriceResponse>, Created<PriceResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid bookId, Guid productId, SetPriceRequest request, ClaimsPrincipal caller, PricingOutbox outbox, PricingDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var actorId) || !caller.MaySellProducts())
        {
            return TypedResults.Forbid();
        }
        var isAdmin = caller.IsPlatformAdmin();
        var errors = new FieldErrors();
        errors.TryPick("kind", request.Kind, ProductKinds.Names, out var kind);
        errors.Amount("unitAmount", request.UnitAmount ?? 0);
        var unitAmount = request.UnitAmount ?? 0;
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add("name", "The name must not be blank.");
        }
        if (!isAdmin && request.OwnerId is { } named && named != actorId)
        {
            return PricingProblems.Forbidden("Only a platform-admin may price a product for someone else.");
        }
        var book = await db.PriceBooks.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookId, cancellationToken);
        if (book is null)
        {
            return PricingProblems.NotFound("price book");
        }
        if (errors.Count > 0)
        {
            return PricingProblems.Fields(errors);
        }

        var now = clock.GetUtcNow();
        var price = await db.ProductPrices.SingleOrDefaultAsync(p => p.PriceBookId == bookId && p.ProductId == productId, cancellationToken);
        var created = price is null;
        long? previous = price?.UnitAmount;
        if (price is null)
        {
            price = ProductPrice.Set(bookId, productId, kind, request.Name, isAdmin ? request.OwnerId : actorId, unitAmount, now);
            db.ProductPrices.Add(price);
        }
        else if (!price.MayBeChangedBy(actorId, isAdmin))
        {
            return PricingProblems.Forbidden("Only the price's owner or a platform-admin may change it.");
        }
        else if (price.Kind != kind)
        {
            return PricingProblems.Fields(StatusCodes.Status409Conflict, "The product is priced as another kind.", new Dictionary<string, string[]>
            {
                ["kind"] = [$"This product is priced as a {price.Kind.Name()}."],
            });
        }
        else
        {
            price.Change(request.Name, unitAmount, now);
        }

        var audit = PricingAudit.Changed(actorId, "price.set", "product-price", price.Id, now, new()
        {
            ["priceBookId"] = bookId.ToString(),
            ["productId"] = productId.ToString(),
            ["currency"] = book.Currency,
            ["unitAmount"] = PricingAudit.Amount(price.UnitAmount),
            ["previousUnitAmount"] = previous is { } old ? PricingAudit.Amount(old) : "none",
        });
        if (!await outbox.TryCommitAsync(cancellationToken, audit))
        {
            return PricingProblems.ChangedMeanwhile();
        }
        var response = PriceResponse.From(price, book.Currency);
        return created ? TypedResults.Created($"/api/price-books/{bookId}/prices/{productId}", response) : TypedResults.Ok(response);
    }
}
