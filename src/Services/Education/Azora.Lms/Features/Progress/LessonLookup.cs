using System.Security.Claims;
using Azora.Lms.Data;
using Azora.Lms.Domain;
using Azora.Lms.Learning;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Features.Progress;

/// <summary>A lesson with its course, as a learner-facing endpoint finds it.</summary>
internal static class LessonLookup
{
    /// <summary>
    /// The lesson's course and the lesson, when the caller may see the course: it is published, they teach it, or they
    /// are enrolled (enrolled learners keep access after an unpublish). Null otherwise, answered as "no such lesson".
    /// </summary>
    /// <param name="readOnly">The caller will not change the course or lesson: load them untracked.</param>
    public static async Task<(Course Course, Lesson Lesson)?> FindAsync(
        LmsDbContext db, ClaimsPrincipal caller, Guid callerId, Guid lessonId, CancellationToken cancellationToken, bool readOnly = false)
    {
        var courseId = await db.Lessons.Where(l => l.Id == lessonId).Select(l => (Guid?)l.CourseId).SingleOrDefaultAsync(cancellationToken);
        var course = courseId is not { } id ? null
            : readOnly ? await CourseLoading.ReadAsync(db, id, cancellationToken)
            : await CourseLoading.LoadAsync(db, id, cancellationToken);
        if (course is null)
        {
            return null;
        }
        if (!caller.CanSee(callerId, course) && !await db.Enrollments.AnyAsync(e => e.CourseId == course.Id && e.LearnerId == callerId, cancellationToken))
        {
            return null;
        }
        return (course, course.Lessons.Single(l => l.Id == lessonId));
    }
}
