namespace Azora.Content.Features.Items;

/// <summary>One page of items, newest first; <see cref="NextCursor"/> asks for the page after it and is null on the last.</summary>
internal sealed record ItemPage(IReadOnlyList<ItemSummary> Items, string? NextCursor);
