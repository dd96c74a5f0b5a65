namespace Azora.SelfHealingOrchestrator.Domain;

/// <summary>A short note written by one user; only that user ever reads it.</summary>
internal sealed class Note
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 4000;

    private Note()
    {
    }

    public Guid Id { get; private set; }
    public Guid OwnerId { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A new note, its text trimmed; a title that is blank or too long, or a body too long, is refused.</summary>
    public static Note Write(Guid ownerId, string title, string? body, DateTimeOffset now)
    {
        var trimmedTitle = title.Trim();
        var trimmedBody = body?.Trim() ?? "";
        if (trimmedTitle.Length is 0 or > TitleMaxLength)
        {
            throw new ArgumentException($"A note's title has 1 to {TitleMaxLength} characters.", nameof(title));
        }
        if (trimmedBody.Length > BodyMaxLength)
        {
            throw new ArgumentException($"A note's body has at most {BodyMaxLength} characters.", nameof(body));
        }
        return new Note
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = ownerId,
            Title = trimmedTitle,
            Body = trimmedBody,
            CreatedAt = now,
        };
    }
}
