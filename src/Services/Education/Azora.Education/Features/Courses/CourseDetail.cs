using Azora.Education.Domain;
using Azora.Education.Features.Catalog;
using Azora.Education.Features.Runs;

namespace Azora.Education.Features.Courses;

/// <summary>A catalog course as plain JSON, with its runs in start order.</summary>
internal sealed record CourseDetail(
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
    DateTimeOffset PublishedAt,
    IReadOnlyList<RunResponse> Runs)
{
    public static CourseDetail From(CatalogCourse course, IEnumerable<CourseRun> runs)
    {
        var item = CatalogItem.From(course);
        return new CourseDetail(
            item.CourseId, LinkedData.SchemaOrg.CourseCode(course.CourseId), item.Title, item.Summary, item.Subject, item.Level,
            item.Language, item.Price, item.PriceMinor, item.Currency, item.Skills, item.LessonCount, item.PublishedAt,
            [.. runs.Select(RunResponse.From)]);
    }
}
