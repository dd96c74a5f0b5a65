using System.ComponentModel.DataAnnotations;
using Azora.Lms.Data;
using Azora.Lms.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Features.Courses;

/// <summary>A course's description as an instructor sends it, to create a course or to replace its description.</summary>
internal sealed record CourseRequest(
    [Required, StringLength(Course.TitleMaxLength)] string Title,
    [Required, StringLength(Course.SubjectMaxLength)] string Subject,
    [Required, StringLength(Course.LevelMaxLength)] string Level,
    [StringLength(Course.SummaryMaxLength)] string? Summary = null,
    [StringLength(Course.LanguageMaxLength)] string? Language = null,
    [Range(0d, (double)CourseDetails.MaxPriceMinor)] long PriceMinor = 0,
    [StringLength(3, MinimumLength = 3)] string? Currency = null,
    [MaxLength(Course.MaxSkills)] IReadOnlyList<string>? Skills = null,
    [MaxLength(Course.MaxPrerequisites)] IReadOnlyList<Guid>? Prerequisites = null,
    [Range(0d, 100d)] decimal MinimumGrade = 0)
{
    public CourseDetails ToDetails() => new(
        Title,
        Summary ?? "",
        Subject,
        Level,
        Language ?? "en",
        PriceMinor,
        Currency ?? CurrencyCodes.Default,
        [.. (Skills ?? []).Select(s => s?.Trim() ?? "").Distinct(StringComparer.OrdinalIgnoreCase)],
        Prerequisites ?? [],
        MinimumGrade);

    /// <summary>
    /// Everything wrong with the details, including prerequisites that name no course or that would make a cycle
    /// (a course that, through its own prerequisites, requires this one).
    /// </summary>
    public static async Task<Dictionary<string, string[]>> ProblemsAsync(LmsDbContext db, CourseDetails details, Guid? courseId, CancellationToken cancellationToken)
    {
        var problems = details.Problems(courseId);
        if (problems.ContainsKey("prerequisites") || details.PrerequisiteIds.Count == 0)
        {
            return problems;
        }
        var known = await db.Courses.Where(c => details.PrerequisiteIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        var unknown = details.PrerequisiteIds.Except(known).ToList();
        if (unknown.Count > 0)
        {
            problems["prerequisites"] = [$"No course {string.Join(", ", unknown)}."];
        }
        else if (courseId is { } self && await LeadsBackAsync(db, self, details.PrerequisiteIds, cancellationToken))
        {
            problems["prerequisites"] = ["A prerequisite already requires this course, directly or through its own prerequisites."];
        }
        return problems;
    }

    private static async Task<bool> LeadsBackAsync(LmsDbContext db, Guid courseId, IReadOnlyList<Guid> prerequisites, CancellationToken cancellationToken)
    {
        var seen = new HashSet<Guid>(prerequisites);
        var frontier = prerequisites.ToList();
        while (frontier.Count > 0)
        {
            var next = await db.Courses.AsNoTracking().Where(c => frontier.Contains(c.Id)).Select(c => c.PrerequisiteIds).ToListAsync(cancellationToken);
            frontier = [.. next.SelectMany(ids => ids).Where(seen.Add)];
            if (seen.Contains(courseId))
            {
                return true;
            }
        }
        return false;
    }
}
