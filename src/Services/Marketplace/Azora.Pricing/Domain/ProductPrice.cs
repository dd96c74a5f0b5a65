namespace Azora.Pricing.Domain;

/// <summary>
/// The price of one product in one price book. Its owner (the seller or instructor who set it, or none for a price a
/// platform-admin set) is the only account besides platform-admins that may change it.
/// </summary>
internal sealed class ProductPrice
{
    public const int NameMaxLength = 200;

    private ProductPrice()
    {
    }

    public Guid Id { get; private set; }
    public Guid PriceBookId { get; private set; }
    public Guid ProductId { get; private set; }
    public ProductKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public Guid? OwnerId { get; private set; }
    public long UnitAmount { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid Version { get; private set; }

    public static ProductPrice Set(Guid priceBookId, Guid productId, ProductKind kind, string name, Guid? ownerId, long unitAmount, DateTimeOffset now)
    {
        var price = new ProductPrice
        {
            Id = Guid.CreateVersion7(now),
            PriceBookId = priceBookId,
            ProductId = productId,
            Kind = kind,
            OwnerId = ownerId,
        };
        price.Change(name, unitAmount, now);
        return price;
    }

    public void Change(string name, long unitAmount, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unitAmount);
        Name = name.Trim();
        UnitAmount = unitAmount;
        UpdatedAt = now;
        Version = Guid.CreateVersion7(now);
    }

    /// <summary>A platform-admin may change any price; anyone else only a price they own.</summary>
    public bool MayBeChangedBy(Guid accountId, bool isPlatformAdmin) => isPlatformAdmin || OwnerId == accountId;
}
