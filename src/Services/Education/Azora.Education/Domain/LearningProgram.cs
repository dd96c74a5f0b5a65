namespace Azora.Education.Domain;

internal enum ProgramKind
{
    Certificate,
    Degree,
    Pathway,
}

/// <summary>
/// A program: catalog courses taken in order towards a credential, open to learners who completed its prerequisite
/// programs. Completing every one of its courses completes the program.
/// </summary>
internal sealed class LearningProgram
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 2000;
    public const int CredentialMaxLength = 200;
    public const int MaxCourses = 50;
    public const int MaxPrerequisites = 20;

    private LearningProgram()
    {
    }

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public ProgramKind Kind { get; private set; }

    /// <summary>What a learner who completes it is awarded, e.g. "Certificate in Data Analysis".</summary>
    public string CredentialAwarded { get; private set; } = "";

    public long PriceMinor { get; private set; }
    public string Currency { get; private set; } = "";
    public Guid OwnerId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public List<ProgramCourse> Courses { get; private set; } = [];
    public List<ProgramPrerequisite> Prerequisites { get; private set; } = [];

    public bool IsFree => PriceMinor == 0;

    /// <summary>A new program of these courses in this order; duplicates are refused by the caller before this.</summary>
    public static LearningProgram Create(ProgramDraft draft, Guid ownerId, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        return new LearningProgram
        {
            Id = id,
            Title = draft.Title.Trim(),
            Summary = draft.Summary.Trim(),
            Kind = draft.Kind,
            CredentialAwarded = draft.CredentialAwarded?.Trim() is { Length: > 0 } credential ? credential : $"{draft.Kind} of completion: {draft.Title.Trim()}",
            PriceMinor = draft.PriceMinor,
            Currency = draft.Currency.ToUpperInvariant(),
            OwnerId = ownerId,
            CreatedAt = now,
            Courses = [.. draft.CourseIds.Select((courseId, position) => new ProgramCourse(id, courseId, position))],
            Prerequisites = [.. draft.PrerequisiteProgramIds.Select(required => new ProgramPrerequisite(id, required))],
        };
    }

    public IReadOnlyList<Guid> CourseIdsInOrder => [.. Courses.OrderBy(c => c.Position).Select(c => c.CourseId)];
}

internal sealed record ProgramDraft(
    string Title,
    string Summary,
    ProgramKind Kind,
    string? CredentialAwarded,
    long PriceMinor,
    string Currency,
    IReadOnlyList<Guid> CourseIds,
    IReadOnlyList<Guid> PrerequisiteProgramIds);

/// <summary>A course of a program, at its position (from 0) in the program's order.</summary>
internal sealed record ProgramCourse(Guid ProgramId, Guid CourseId, int Position);

/// <summary>Another program a learner completes before enrolling in this one.</summary>
internal sealed record ProgramPrerequisite(Guid ProgramId, Guid RequiredProgramId);
