namespace Azora.Content.Domain;

/// <summary>An instructor the owner has given the same authoring rights over one item (editing, review, publishing).</summary>
internal sealed class ItemCoOwner
{
    private ItemCoOwner()
    {
    }

    public Guid ItemId { get; private set; }
    public Guid AccountId { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }

    internal static ItemCoOwner Of(Guid itemId, Guid accountId, DateTimeOffset now) => new() { ItemId = itemId, AccountId = accountId, AddedAt = now };
}
