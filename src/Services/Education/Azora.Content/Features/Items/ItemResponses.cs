using Azora.Content.Domain;

namespace Azora.Content.Features.Items;

/// <summary>An item without its history, as lists show it.</summary>
internal sealed record ItemSummary(
    Guid Id,
    string Kind,
    string Title,
    Guid OwnerId,
    IReadOnlyList<Guid> CoOwners,
    IReadOnlyList<string> Tags,
    int LatestVersion,
    int? PublishedVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ItemSummary From(ContentItem item) => new(
        item.Id, WireNames.Of(item.Kind), item.Title, item.OwnerId, [.. item.CoOwners.Select(c => c.AccountId).Order()], [.. item.Tags.Select(t => t.Name).Order(StringComparer.Ordinal)],
        item.LatestVersion, item.PublishedVersion, item.CreatedAt, item.UpdatedAt);
}

/// <summary>An item with every version, newest first.</summary>
internal sealed record ItemResponse(ItemSummary Item, IReadOnlyList<VersionSummary> Versions)
{
    public static ItemResponse From(ContentItem item) =>
        new(ItemSummary.From(item), [.. item.Versions.OrderByDescending(v => v.Number).Select(VersionSummary.From)]);
}

/// <summary>One version's place in the history, without its content.</summary>
internal sealed record VersionSummary(
    Guid ItemId,
    int Number,
    string State,
    Guid AuthorId,
    DateTimeOffset CreatedAt,
    int? RestoredFrom,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? PublishedAt)
{
    public static VersionSummary From(ContentVersion version) => new(
        version.ItemId, version.Number, WireNames.Of(version.State), version.AuthorId, version.CreatedAt,
        version.RestoredFrom, version.SubmittedAt, version.PublishedAt);
}

/// <summary>How kinds and states are spelled on the wire.</summary>
internal static class WireNames
{
    public const string Lesson = "lesson";
    public const string Component = "component";

    public static string Of(ContentKind kind) => kind == ContentKind.Lesson ? Lesson : Component;

    public static ContentKind? KindOf(string? name) => name switch
    {
        Lesson => ContentKind.Lesson,
        Component => ContentKind.Component,
        _ => null,
    };

    public static string Of(VersionState state) => state switch
    {
        VersionState.Draft => "draft",
        VersionState.InReview => "in-review",
        VersionState.Published => "published",
        VersionState.Superseded => "superseded",
        _ => "retired",
    };
}
