using Azora.Education.Data;
using Azora.Education.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Features.Programs;

/// <summary>Loads a program with what describing it needs: its courses from the catalog and its prerequisite programs.</summary>
internal static class ProgramReading
{
    public static Task<LearningProgram?> FindAsync(EducationDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Programs.AsNoTracking()
            .Include(p => p.Courses)
            .Include(p => p.Prerequisites)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public static async Task<Dictionary<Guid, CatalogCourse>> CoursesOfAsync(
        EducationDbContext db, IEnumerable<LearningProgram> programs, CancellationToken cancellationToken)
    {
        var ids = programs.SelectMany(p => p.Courses).Select(c => c.CourseId).Distinct().ToList();
        return await db.Courses.AsNoTracking()
            .Include(c => c.Skills)
            .AsSplitQuery()
            .Where(c => ids.Contains(c.CourseId))
            .ToDictionaryAsync(c => c.CourseId, cancellationToken);
    }
}
