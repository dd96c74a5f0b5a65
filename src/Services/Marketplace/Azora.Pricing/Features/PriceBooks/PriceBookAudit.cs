using Azora.Contracts.Audit;
using Azora.Pricing.Domain;
using Azora.Pricing.Pricing;

namespace Azora.Pricing.Features.PriceBooks;

internal static class PriceBookAudit
{
    public static AuditEventRecorded Recorded(string action, Guid actorId, PriceBook book, DateTimeOffset at) =>
        PricingAudit.Changed(actorId, action, "price-book", book.Id, at, new()
        {
            ["currency"] = book.Currency,
            ["baseCountry"] = book.BaseCountry,
            ["taxInclusive"] = book.TaxInclusive ? "true" : "false",
            ["regionalPricing"] = book.RegionalPricing ? "true" : "false",
            ["floorBasisPoints"] = PricingAudit.Amount(book.FloorBasisPoints),
            ["rounding"] = book.Rounding.Name(),
        });
}
