namespace Azora.Assessment.Domain;

/// <summary>
/// A question in an instructor's bank. Its content lives in immutable versions: an edit adds version n+1 and leaves the
/// versions that attempts were given untouched. Its tags (the categories random draws pick from) follow the latest version.
/// </summary>
internal sealed class Question
{
    public const int MaxTags = 20;
    public const int TagMaxLength = 64;

    private readonly List<QuestionVersion> _versions = [];
    private readonly List<QuestionTag> _tags = [];

    private Question()
    {
    }

    public Guid Id { get; private set; }
    public Guid OwnerId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int LatestVersionNumber { get; private set; }
    public IReadOnlyList<QuestionVersion> Versions => _versions;
    public IReadOnlyList<QuestionTag> Tags => _tags;

    public QuestionVersion Latest => _versions.Single(v => v.Number == LatestVersionNumber);

    /// <summary>A new question at version 1, named <paramref name="id"/> when given (a new time-ordered id otherwise).</summary>
    public static Question Create(Guid ownerId, QuestionContent content, DateTimeOffset now, Guid? id = null)
    {
        var question = new Question { Id = id ?? Guid.CreateVersion7(now), OwnerId = ownerId, CreatedAt = now };
        question.AddVersion(content, now);
        return question;
    }

    /// <summary>Adds the next version with <paramref name="content"/>; earlier versions stay as they were.</summary>
    public QuestionVersion Revise(QuestionContent content, DateTimeOffset now) => AddVersion(content, now);

    private QuestionVersion AddVersion(QuestionContent content, DateTimeOffset now)
    {
        LatestVersionNumber++;
        var version = new QuestionVersion(Guid.CreateVersion7(now), Id, LatestVersionNumber, content, now);
        _versions.Add(version);
        _tags.RemoveAll(t => !content.Tags.Contains(t.Tag));
        foreach (var tag in content.Tags.Where(tag => _tags.TrueForAll(t => t.Tag != tag)))
        {
            _tags.Add(new QuestionTag(Id, tag));
        }
        return version;
    }

    /// <summary>Tags trimmed and lower-cased, without duplicates; null (with the reason) for a blank or over-long one.</summary>
    public static IReadOnlyList<string>? NormalizeTags(IReadOnlyList<string> tags, out string? problem)
    {
        problem = null;
        var normalized = new List<string>();
        foreach (var raw in tags)
        {
            var tag = raw?.Trim().ToLowerInvariant() ?? "";
            if (tag.Length is 0 or > TagMaxLength)
            {
                problem = $"Each tag has 1 to {TagMaxLength} characters.";
                return null;
            }
            if (!normalized.Contains(tag))
            {
                normalized.Add(tag);
            }
        }
        return normalized;
    }
}

/// <summary>A category a question is filed under, for random draws.</summary>
internal sealed record QuestionTag(Guid QuestionId, string Tag);

/// <summary>Everything one version of a question says.</summary>
internal sealed record QuestionContent(
    QuestionType Type,
    string Text,
    decimal Points,
    string? Feedback,
    IReadOnlyList<string> Tags,
    QuestionDefinition Definition);

/// <summary>One immutable version of a question, which attempts point at.</summary>
internal sealed class QuestionVersion
{
    public const int TextMaxLength = 10_000;
    public const int FeedbackMaxLength = 4_000;

    private QuestionVersion()
    {
    }

    public QuestionVersion(Guid id, Guid questionId, int number, QuestionContent content, DateTimeOffset createdAt)
    {
        Id = id;
        QuestionId = questionId;
        Number = number;
        Type = content.Type;
        Text = content.Text;
        Points = content.Points;
        Feedback = content.Feedback;
        Tags = content.Tags;
        Definition = content.Definition;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }
    public Guid QuestionId { get; private set; }
    public int Number { get; private set; }
    public QuestionType Type { get; private set; }
    public string Text { get; private set; } = "";
    public decimal Points { get; private set; }
    public string? Feedback { get; private set; }
    public IReadOnlyList<string> Tags { get; private set; } = [];
    public QuestionDefinition Definition { get; private set; } = new();
    public DateTimeOffset CreatedAt { get; private set; }

    public QuestionContent Content => new(Type, Text, Points, Feedback, Tags, Definition);
}
