namespace Azora.Education.Domain;

/// <summary>
/// A course as the public catalog shows it: a read model kept from azora-lms's <c>CoursePublished</c> and
/// <c>CourseUnpublished</c> events. The latest publication wins; an older one arriving late changes nothing.
/// </summary>
internal sealed class CatalogCourse
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 2000;
    public const int FacetMaxLength = 100;
    public const int CurrencyLength = 3;

    private CatalogCourse()
    {
    }

    public Guid CourseId { get; private set; }
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Level { get; private set; } = "";
    public string Language { get; private set; } = "";
    public long PriceMinor { get; private set; }
    public string Currency { get; private set; } = "";
    public int LessonCount { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public DateTimeOffset? UnpublishedAt { get; private set; }

    /// <summary>True while the latest word from azora-lms is a publication, not a withdrawal.</summary>
    public bool IsListed { get; private set; }

    /// <summary>The lower-cased title: the catalog's order, so that "algebra" and "Algebra" sort together.</summary>
    public string SortTitle { get; private set; } = "";

    /// <summary>Title, summary and skills lower-cased in one column, so a text search is one condition per word.</summary>
    public string SearchText { get; private set; } = "";

    public List<CourseSkill> Skills { get; private set; } = [];
    public List<CourseInstructor> Instructors { get; private set; } = [];

    public bool IsFree => PriceMinor == 0;

    public static CatalogCourse Listed(CourseListing listing)
    {
        var course = new CatalogCourse { CourseId = listing.CourseId };
        course.Apply(listing);
        return course;
    }

    /// <summary>Takes a publication if it is newer than what the catalog holds; false when it is not (a duplicate or stale copy).</summary>
    public bool Republish(CourseListing listing)
    {
        if (listing.PublishedAt <= PublishedAt)
        {
            return false;
        }
        Apply(listing);
        return true;
    }

    /// <summary>Hides the course unless a later publication has already been seen; false when nothing changed.</summary>
    public bool Unpublish(DateTimeOffset at)
    {
        if (at < PublishedAt || (UnpublishedAt is { } earlier && at <= earlier))
        {
            return false;
        }
        UnpublishedAt = at;
        IsListed = false;
        return true;
    }

    public bool IsTaughtBy(Guid accountId) => Instructors.Any(i => i.AccountId == accountId);

    private void Apply(CourseListing listing)
    {
        Title = Clip(listing.Title, TitleMaxLength);
        Summary = Clip(listing.Summary, SummaryMaxLength);
        Subject = Clip(listing.Subject, FacetMaxLength);
        Level = Clip(listing.Level, FacetMaxLength);
        Language = Clip(listing.Language, FacetMaxLength);
        PriceMinor = Math.Max(0, listing.PriceMinor);
        Currency = Clip(listing.Currency, CurrencyLength).ToUpperInvariant();
        LessonCount = Math.Max(0, listing.LessonCount);
        PublishedAt = listing.PublishedAt;
        IsListed = UnpublishedAt is not { } hidden || hidden < listing.PublishedAt;

        var skills = listing.Skills
            .Select(s => Clip(s, FacetMaxLength))
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Skills.RemoveAll(s => !skills.Contains(s.Name, StringComparer.Ordinal));
        Skills.AddRange(skills.Where(name => Skills.All(s => s.Name != name)).Select(name => new CourseSkill(CourseId, name)));

        var instructors = listing.InstructorIds.Distinct().ToList();
        Instructors.RemoveAll(i => !instructors.Contains(i.AccountId));
        Instructors.AddRange(instructors.Where(id => Instructors.All(i => i.AccountId != id)).Select(id => new CourseInstructor(CourseId, id)));

        SortTitle = Title.ToLowerInvariant();
        SearchText = string.Join('\n', [Title, Summary, .. skills]).ToLowerInvariant();
    }

    private static string Clip(string? text, int length)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length <= length ? trimmed : trimmed[..length];
    }
}

/// <summary>What a publication says about a course, as the catalog takes it.</summary>
internal sealed record CourseListing(
    Guid CourseId,
    string Title,
    string Summary,
    string Subject,
    string Level,
    string Language,
    long PriceMinor,
    string Currency,
    IReadOnlyList<string> Skills,
    IReadOnlyList<Guid> InstructorIds,
    int LessonCount,
    DateTimeOffset PublishedAt);

/// <summary>A skill a catalog course teaches; one row per course and skill, so skills are a facet the database counts.</summary>
internal sealed record CourseSkill(Guid CourseId, string Name);

/// <summary>An account that teaches a catalog course; it may schedule the course's runs.</summary>
internal sealed record CourseInstructor(Guid CourseId, Guid AccountId);
