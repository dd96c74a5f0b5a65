using Azora.Contracts.Lms;
using Azora.Education.Data;
using Azora.Education.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Features.Catalog;

/// <summary>
/// Keeps the public catalog from azora-lms's publication events. The newest word about a course wins, so a redelivered
/// or late copy changes nothing.
/// </summary>
/// <remarks>Public only so that Wolverine's generated handlers can be given it; everything it does is internal.</remarks>
public sealed class CatalogProjection
{
    private readonly EducationDbContext _db;

    internal CatalogProjection(EducationDbContext db) => _db = db;

    internal async Task PublishedAsync(CoursePublished message, CancellationToken cancellationToken)
    {
        var listing = new CourseListing(
            message.CourseId, message.Title, message.Summary, message.Subject, message.Level, message.Language,
            message.PriceMinor, message.Currency, message.Skills, message.InstructorIds, message.LessonCount, message.PublishedAt);
        var course = await _db.Courses
            .Include(c => c.Skills)
            .Include(c => c.Instructors)
            .SingleOrDefaultAsync(c => c.CourseId == message.CourseId, cancellationToken);
        if (course is null)
        {
            _db.Courses.Add(CatalogCourse.Listed(listing));
        }
        else if (!course.Republish(listing))
        {
            return;
        }
        await _db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Hides the course; its runs and programs stay, and it reappears when it is published again.</summary>
    internal async Task UnpublishedAsync(CourseUnpublished message, CancellationToken cancellationToken)
    {
        var course = await _db.Courses.SingleOrDefaultAsync(c => c.CourseId == message.CourseId, cancellationToken);
        if (course is not null && course.Unpublish(message.UnpublishedAt))
        {
            await _db.SaveChangesAsync(cancellationToken);
        }
    }
}
