namespace Azora.Pricing.Domain;

/// <summary>
/// One line of a quote as it was priced: the base and regional unit prices (with the price level ratios used), the
/// quantity, and the amounts after discount split into net, VAT and gross, each rounded half away from zero on this line.
/// </summary>
internal sealed class QuoteLine
{
    private QuoteLine()
    {
    }

    public Guid QuoteId { get; private set; }
    public int Position { get; private set; }

    /// <summary><c>plan</c>, or the product's kind (<c>course</c>, <c>gig</c>, <c>project</c>, <c>item</c>).</summary>
    public string Kind { get; private set; } = "";

    public Guid ReferenceId { get; private set; }
    public string Name { get; private set; } = "";
    public int Quantity { get; private set; }
    public long BaseUnitAmount { get; private set; }
    public long UnitAmount { get; private set; }
    public decimal? CountryPriceLevel { get; private set; }
    public int? CountryPriceLevelYear { get; private set; }
    public decimal? BasePriceLevel { get; private set; }
    public int? BasePriceLevelYear { get; private set; }
    public string RegionalNote { get; private set; } = "";
    public long Subtotal { get; private set; }
    public long Discount { get; private set; }
    public long Net { get; private set; }
    public long Tax { get; private set; }
    public long Gross { get; private set; }

    public static QuoteLine Priced(int position, string kind, Guid referenceId, string name, int quantity, Regional.RegionalPrice price, long discount, Tax.LineTax amounts) => new()
    {
        Position = position,
        Kind = kind,
        ReferenceId = referenceId,
        Name = name,
        Quantity = quantity,
        BaseUnitAmount = price.BaseAmount,
        UnitAmount = price.Amount,
        CountryPriceLevel = price.CountryLevel?.Ratio,
        CountryPriceLevelYear = price.CountryLevel?.Year,
        BasePriceLevel = price.BaseLevel?.Ratio,
        BasePriceLevelYear = price.BaseLevel?.Year,
        RegionalNote = price.Note,
        Subtotal = checked(price.Amount * quantity),
        Discount = discount,
        Net = amounts.Net,
        Tax = amounts.Tax,
        Gross = amounts.Gross,
    };
}
