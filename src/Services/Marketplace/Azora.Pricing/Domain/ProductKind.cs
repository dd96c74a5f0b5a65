namespace Azora.Pricing.Domain;

/// <summary>What a priced product is; plans are priced separately (<see cref="Plan"/>), per billing interval.</summary>
internal enum ProductKind
{
    Course,
    Gig,
    Project,
    Item,
}

internal static class ProductKinds
{
    public static readonly IReadOnlyDictionary<string, ProductKind> Names = new Dictionary<string, ProductKind>(StringComparer.Ordinal)
    {
        ["course"] = ProductKind.Course,
        ["gig"] = ProductKind.Gig,
        ["project"] = ProductKind.Project,
        ["item"] = ProductKind.Item,
    };

    public static string Name(this ProductKind kind) => Names.Single(pair => pair.Value == kind).Key;
}
