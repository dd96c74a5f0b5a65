using Azora.Pricing.Tax;

namespace Azora.Pricing.Domain;

/// <summary>
/// A priced basket, kept so that a checkout can refer to it by id until it expires. Its owner is whoever asked for it
/// (a person's account, or a service's client id); the customer is the account the prices and coupon limits are for.
/// Accepting it (checking out) redeems its coupon exactly once.
/// </summary>
internal sealed class Quote
{
    private Quote()
    {
    }

    public Guid Id { get; private set; }
    public string OwnerSubject { get; private set; } = "";
    public Guid? CustomerId { get; private set; }
    public Guid PriceBookId { get; private set; }
    public string Currency { get; private set; } = "";
    public string Country { get; private set; } = "";
    public bool TaxInclusive { get; private set; }
    public TaxKind TaxKind { get; private set; }
    public decimal TaxRatePercent { get; private set; }
    public string TaxNote { get; private set; } = "";
    public string? BuyerVatNumber { get; private set; }
    public Guid? CouponId { get; private set; }
    public string? CouponCode { get; private set; }
    public long Subtotal { get; private set; }
    public long Discount { get; private set; }
    public long Tax { get; private set; }
    public long Total { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public List<QuoteLine> Lines { get; private set; } = [];

    public static Quote Issue(
        Guid id, string ownerSubject, Guid? customerId, PriceBook book, string country, TaxTreatment tax, Coupon? coupon,
        IReadOnlyList<QuoteLine> lines, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = id,
        OwnerSubject = ownerSubject,
        CustomerId = customerId,
        PriceBookId = book.Id,
        Currency = book.Currency,
        Country = country,
        TaxInclusive = book.TaxInclusive,
        TaxKind = tax.Kind,
        TaxRatePercent = tax.RatePercent,
        TaxNote = tax.Note,
        BuyerVatNumber = tax.BuyerVatNumber,
        CouponId = coupon?.Id,
        CouponCode = coupon?.Code,
        Subtotal = lines.Sum(l => l.Subtotal),
        Discount = lines.Sum(l => l.Discount),
        Tax = lines.Sum(l => l.Tax),
        Total = lines.Sum(l => l.Gross),
        CreatedAt = now,
        ExpiresAt = now + lifetime,
        Lines = [.. lines],
    };

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    public void Accept(DateTimeOffset now) => AcceptedAt ??= now;
}
