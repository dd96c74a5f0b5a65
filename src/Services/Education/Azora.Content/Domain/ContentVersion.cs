namespace Azora.Content.Domain;

/// <summary>One immutable snapshot of an item's markdown; only its state moves, as <see cref="ContentItem"/> allows.</summary>
internal sealed class ContentVersion
{
    public const int MarkdownMaxLength = 100_000;

    private ContentVersion()
    {
    }

    public Guid ItemId { get; private set; }
    public int Number { get; private set; }
    public string Markdown { get; private set; } = "";
    public VersionState State { get; private set; }
    public Guid AuthorId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The earlier version whose content this one restores, when it was made by a rollback.</summary>
    public int? RestoredFrom { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>True while the version is the item's work in progress (a draft or in review).</summary>
    public bool IsOpen => State is VersionState.Draft or VersionState.InReview;

    internal static ContentVersion Draft(Guid itemId, int number, string markdown, Guid authorId, DateTimeOffset now, int? restoredFrom)
    {
        if (markdown.Length > MarkdownMaxLength)
        {
            throw new ArgumentException($"Markdown has at most {MarkdownMaxLength} characters.", nameof(markdown));
        }
        return new ContentVersion
        {
            ItemId = itemId,
            Number = number,
            Markdown = markdown,
            State = VersionState.Draft,
            AuthorId = authorId,
            CreatedAt = now,
            RestoredFrom = restoredFrom,
        };
    }

    internal void Supersede() => State = VersionState.Superseded;

    internal void Submit(DateTimeOffset now)
    {
        State = VersionState.InReview;
        SubmittedAt = now;
    }

    internal void ReturnToDraft()
    {
        State = VersionState.Draft;
        SubmittedAt = null;
    }

    internal void Publish(DateTimeOffset now)
    {
        State = VersionState.Published;
        PublishedAt = now;
    }

    internal void Retire() => State = VersionState.Retired;
}
