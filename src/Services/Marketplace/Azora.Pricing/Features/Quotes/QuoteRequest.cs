using System.ComponentModel.DataAnnotations;
using Azora.Pricing.Domain;
using Azora.Pricing.Tax;

namespace Azora.Pricing.Features.Quotes;

/// <summary>
/// A basket to price in a currency for a buyer in a country: lines of a product or a plan (its first period) and a
/// quantity, with an optional coupon and the buyer's VAT number. A service quoting for a customer names the customer.
/// </summary>
internal sealed record QuoteRequest(
    [Required] string Currency,
    [Required] string Country,
    [Required, MinLength(1), MaxLength(QuoteRequest.MaxLines)] List<QuoteLineRequest> Lines,
    [StringLength(Coupon.CodeMaxLength)] string? CouponCode = null,
    [StringLength(VatNumber.MaxLength)] string? BuyerVatNumber = null,
    Guid? CustomerId = null)
{
    public const int MaxLines = 50;
}

/// <summary>One line: exactly one of <c>productId</c> and <c>planId</c>, and a whole quantity from 1 to 10 000.</summary>
internal sealed record QuoteLineRequest(Guid? ProductId = null, Guid? PlanId = null, int Quantity = 1)
{
    public const int MaxQuantity = 10_000;
}
