using Azora.Lms.Data;
using Azora.Lms.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Learning;

internal static class CourseLoading
{
    /// <summary>The course with its instructors, modules, lessons and grade categories, tracked for changes; null if none.</summary>
    public static Task<Course?> LoadAsync(LmsDbContext db, Guid courseId, CancellationToken cancellationToken) =>
        WithContent(db.Courses).SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);

    /// <summary>
    /// The same course to read, not to change: untracked, so that the change detection of the request's own writes
    /// (a completion, an enrolment's completion) does not compare every lesson and module as well.
    /// </summary>
    public static Task<Course?> ReadAsync(LmsDbContext db, Guid courseId, CancellationToken cancellationToken) =>
        WithContent(db.Courses.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);

    private static IQueryable<Course> WithContent(IQueryable<Course> courses) =>
        courses
            .Include(c => c.CoInstructors)
            .Include(c => c.Modules)
            .Include(c => c.Lessons)
            .Include(c => c.GradeCategories)
            .AsSplitQuery();
}
