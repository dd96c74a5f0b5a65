namespace Azora.Content.Domain;

/// <summary>
/// A lesson or a library component owned by its author, with the full history of its versions. Every edit and every
/// rollback adds a draft version; nothing is ever rewritten, so the history shows what learners read and when.
/// </summary>
internal sealed class ContentItem
{
    public const int TitleMaxLength = 200;
    public const int MaxCoOwners = 20;

    private readonly List<ContentVersion> _versions = [];
    private readonly List<ItemTag> _tags = [];
    private readonly List<ItemCoOwner> _coOwners = [];

    private ContentItem()
    {
    }

    public Guid Id { get; private set; }
    public Guid OwnerId { get; private set; }
    public ContentKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int LatestVersion { get; private set; }
    public int? PublishedVersion { get; private set; }

    /// <summary>Counts every change, so that two authors saving at once cannot both win.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<ContentVersion> Versions => _versions;
    public IReadOnlyList<ItemTag> Tags => _tags;
    public IReadOnlyList<ItemCoOwner> CoOwners => _coOwners;

    /// <summary>The owner and the co-owners author the item; the owner alone decides who the co-owners are.</summary>
    public bool IsAuthor(Guid accountId) => accountId == OwnerId || _coOwners.Any(c => c.AccountId == accountId);

    public ContentVersion Latest => Version(LatestVersion)!;
    public ContentVersion? Published => PublishedVersion is { } number ? Version(number) : null;

    public ContentVersion? Version(int number) => _versions.SingleOrDefault(v => v.Number == number);

    /// <summary>A new item whose version 1 is a draft of <paramref name="markdown"/>.</summary>
    public static ContentItem Create(Guid ownerId, ContentKind kind, string title, string markdown, IReadOnlyList<string> tags, DateTimeOffset now)
    {
        var item = new ContentItem
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = ownerId,
            Kind = kind,
            CreatedAt = now,
        };
        item.Rename(title, now);
        item.Retag(tags, now);
        item.AddDraft(markdown, ownerId, now, restoredFrom: null);
        return item;
    }

    public void Rename(string title, DateTimeOffset now)
    {
        var trimmed = title.Trim();
        if (trimmed.Length is 0 or > TitleMaxLength)
        {
            throw new ArgumentException($"A title has 1 to {TitleMaxLength} characters.", nameof(title));
        }
        Title = trimmed;
        Touch(now);
    }

    /// <summary>Editing never changes a version: it adds a draft and supersedes the draft or review it replaces.</summary>
    public ContentVersion Edit(string markdown, Guid authorId, DateTimeOffset now) => AddDraft(markdown, authorId, now, restoredFrom: null);

    /// <summary>Makes an earlier version's content the new draft; the versions in between stay in the history.</summary>
    public ContentVersion RollBackTo(ContentVersion earlier, Guid authorId, DateTimeOffset now) =>
        AddDraft(earlier.Markdown, authorId, now, restoredFrom: earlier.Number);

    /// <summary>Sends the draft for review; null when done, otherwise why not.</summary>
    public string? Submit(ContentVersion version, DateTimeOffset now)
    {
        if (version.State != VersionState.Draft)
        {
            return $"Version {version.Number} is {Describe(version.State)}; only a draft can be submitted for review.";
        }
        version.Submit(now);
        Touch(now);
        return null;
    }

    /// <summary>The reviewer sends a version back to draft instead of publishing it.</summary>
    public string? ReturnToDraft(ContentVersion version, DateTimeOffset now)
    {
        if (version.State != VersionState.InReview)
        {
            return $"Version {version.Number} is {Describe(version.State)}; only a version in review can be returned to draft.";
        }
        version.ReturnToDraft();
        Touch(now);
        return null;
    }

    /// <summary>Null when <paramref name="version"/> may be published (its content still has to pass the checks), otherwise why not.</summary>
    public static string? WhyNotPublishable(ContentVersion version) =>
        version.State == VersionState.InReview
            ? null
            : $"Version {version.Number} is {Describe(version.State)}; only a version in review can be published.";

    /// <summary>Publishes a reviewed version; the one published before it is retired. Accessibility is checked by the caller first.</summary>
    public string? Publish(ContentVersion version, DateTimeOffset now)
    {
        if (WhyNotPublishable(version) is { } refusal)
        {
            return refusal;
        }
        Published?.Retire();
        version.Publish(now);
        PublishedVersion = version.Number;
        Touch(now);
        return null;
    }

    /// <summary>Replaces the tags with <paramref name="tags"/>, already normalized by <see cref="ItemTag.Normalize"/>.</summary>
    public void Retag(IReadOnlyList<string> tags, DateTimeOffset now)
    {
        _tags.RemoveAll(tag => !tags.Contains(tag.Name, StringComparer.Ordinal));
        foreach (var name in tags.Where(name => !_tags.Any(tag => tag.Name == name)))
        {
            _tags.Add(ItemTag.For(Id, name));
        }
        Touch(now);
    }

    /// <summary>Gives another account authoring rights; null when done (or already so), otherwise why not.</summary>
    public string? AddCoOwner(Guid accountId, DateTimeOffset now)
    {
        if (accountId == OwnerId)
        {
            return "The owner already authors the item.";
        }
        if (_coOwners.Any(c => c.AccountId == accountId))
        {
            return null;
        }
        if (_coOwners.Count >= MaxCoOwners)
        {
            return $"An item has at most {MaxCoOwners} co-owners.";
        }
        _coOwners.Add(ItemCoOwner.Of(Id, accountId, now));
        Touch(now);
        return null;
    }

    /// <summary>Takes authoring rights away; removing someone who is not a co-owner changes nothing.</summary>
    public void RemoveCoOwner(Guid accountId, DateTimeOffset now)
    {
        if (_coOwners.RemoveAll(c => c.AccountId == accountId) > 0)
        {
            Touch(now);
        }
    }

    private ContentVersion AddDraft(string markdown, Guid authorId, DateTimeOffset now, int? restoredFrom)
    {
        var draft = ContentVersion.Draft(Id, LatestVersion + 1, markdown, authorId, now, restoredFrom);
        foreach (var open in _versions.Where(v => v.IsOpen))
        {
            open.Supersede();
        }
        _versions.Add(draft);
        LatestVersion = draft.Number;
        Touch(now);
        return draft;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }

    private static string Describe(VersionState state) => state switch
    {
        VersionState.Draft => "a draft",
        VersionState.InReview => "in review",
        VersionState.Published => "published",
        VersionState.Superseded => "superseded by a later edit",
        _ => "retired by a later publication",
    };
}
