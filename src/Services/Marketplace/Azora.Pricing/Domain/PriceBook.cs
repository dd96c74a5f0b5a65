namespace Azora.Pricing.Domain;

/// <summary>
/// The prices in one currency, one book per currency (ZAR is the platform's default). The book says whether its prices
/// include VAT, which country they are set for (the base of regional prices and the seller's country for VAT), how far
/// below the base price a regional price may go, and which price points converted prices are rounded to.
/// </summary>
internal sealed class PriceBook
{
    public const int NameMaxLength = 120;

    private PriceBook()
    {
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Currency { get; private set; } = "";
    public string BaseCountry { get; private set; } = "";
    public bool TaxInclusive { get; private set; }
    public bool RegionalPricing { get; private set; }

    /// <summary>The lowest regional price as a share of the base price, in basis points (5000 = half).</summary>
    public int FloorBasisPoints { get; private set; }

    public PriceRounding Rounding { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid Version { get; private set; }

    public static PriceBook Open(string name, string currency, PriceBookTerms terms, DateTimeOffset now)
    {
        var book = new PriceBook
        {
            Id = Guid.CreateVersion7(now),
            Currency = currency,
            CreatedAt = now,
        };
        book.Revise(name, terms, now);
        return book;
    }

    public void Revise(string name, PriceBookTerms terms, DateTimeOffset now)
    {
        Name = name.Trim();
        BaseCountry = terms.BaseCountry;
        TaxInclusive = terms.TaxInclusive;
        RegionalPricing = terms.RegionalPricing;
        FloorBasisPoints = terms.FloorBasisPoints;
        Rounding = terms.Rounding;
        UpdatedAt = now;
        Version = Guid.CreateVersion7(now);
    }
}

/// <summary>The settings of a price book that an admin may change.</summary>
internal sealed record PriceBookTerms(string BaseCountry, bool TaxInclusive, bool RegionalPricing, int FloorBasisPoints, PriceRounding Rounding);
