namespace Azora.Contracts.Pricing;

/// <summary>
/// A quote was checked out: its prices, discounts and VAT are now what the customer is to pay, and its coupon has been
/// redeemed. Published once per <see cref="QuoteId"/>; a service that takes payment for it keys its work on that id.
/// </summary>
/// <param name="OwnerSubject">Who asked for the quote: an account id, or a service's client id.</param>
/// <param name="CustomerId">The account the quote prices for; null for a service's quote that names no customer.</param>
/// <param name="Total">What the customer pays, in minor units of <paramref name="Currency"/>, VAT included where charged.</param>
[MessageName("azora-pricing.quote-accepted.v1")]
public sealed record QuoteAccepted(
    Guid QuoteId,
    string OwnerSubject,
    Guid? CustomerId,
    string Currency,
    string Country,
    long Total,
    long Tax,
    long Discount,
    string TaxTreatment,
    string? CouponCode,
    IReadOnlyList<AcceptedQuoteLine> Lines,
    DateTimeOffset AcceptedAt);

/// <summary>One bought line: a product (course, gig, project, item) or a plan's first period, with its amounts in minor units.</summary>
public sealed record AcceptedQuoteLine(string Kind, Guid ReferenceId, int Quantity, long Net, long Tax, long Gross);
