namespace Azora.Content.Domain;

/// <summary>
/// An item that includes a library component, in its latest or its published version. Kept in step with the markdown
/// whenever a version is written or published, so "where used" is a lookup rather than a scan.
/// </summary>
internal sealed class ComponentUsage
{
    private ComponentUsage()
    {
    }

    public Guid ComponentId { get; private set; }
    public Guid ItemId { get; private set; }

    internal static ComponentUsage Of(Guid componentId, Guid itemId) => new() { ComponentId = componentId, ItemId = itemId };
}
