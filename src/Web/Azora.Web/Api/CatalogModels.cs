namespace Azora.Web.Api;

/// <summary>azora-education's public catalog, as its search answers.</summary>
public sealed record CatalogPage(IReadOnlyList<CatalogItem> Items, int Total, CatalogFacets Facets, string? NextCursor);

public sealed record CatalogItem(
    Guid CourseId,
    string Title,
    string Summary,
    string Subject,
    string Level,
    string Language,
    string Price,
    long PriceMinor,
    string Currency,
    IReadOnlyList<string> Skills,
    int LessonCount,
    DateTimeOffset PublishedAt);

public sealed record CatalogFacets(
    IReadOnlyList<FacetCount> Subject,
    IReadOnlyList<FacetCount> Level,
    IReadOnlyList<FacetCount> Language,
    IReadOnlyList<FacetCount> Price,
    IReadOnlyList<FacetCount> Skills);

public sealed record FacetCount(string Value, int Count);

public sealed record CourseRun(Guid Id, DateTimeOffset StartsAt, DateTimeOffset? EndsAt);

public sealed record CatalogCourse(
    Guid CourseId,
    string CourseCode,
    string Title,
    string Summary,
    string Subject,
    string Level,
    string Language,
    string Price,
    long PriceMinor,
    string Currency,
    IReadOnlyList<string> Skills,
    int LessonCount,
    DateTimeOffset PublishedAt);

public sealed record ProgramCourse(int Position, Guid CourseId, string? Title, bool Listed);

public sealed record LearningProgramDetail(
    Guid Id,
    string Title,
    string Summary,
    string Kind,
    string CredentialAwarded,
    string Price,
    long PriceMinor,
    string Currency,
    IReadOnlyList<ProgramCourse> Courses,
    IReadOnlyList<Guid> PrerequisiteProgramIds);

public sealed record ProgramList(IReadOnlyList<LearningProgramDetail> Items, string? NextCursor);
