using Azora.Lms.Data;
using Azora.Lms.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Learning;

internal static class CourseLoading
{
    /// <summary>The course with its instructors, modules, lessons and grade categories, tracked for changes; null if none.</summary>
    public static Task<Course?> LoadAsync(LmsDbContext db, Guid courseId, CancellationToken cancellationToken) =>
        db.Courses
            .Include(c => c.CoInstructors)
            .Include(c => c.Modules)
            .Include(c => c.Lessons)
            .Include(c => c.GradeCategories)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
}
