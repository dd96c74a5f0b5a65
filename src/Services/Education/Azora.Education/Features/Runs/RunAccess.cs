using System.Security.Claims;
using Azora.Contracts;
using Azora.Education.Data;
using Azora.Education.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Features.Runs;

/// <summary>Who schedules a course's runs: its instructors, as azora-lms last published them, and platform admins.</summary>
internal static class RunAccess
{
    /// <summary>The course and whether the caller may schedule its runs; the course is null when the catalog never listed it.</summary>
    public static async Task<(CatalogCourse? Course, bool MaySchedule)> FindAsync(
        EducationDbContext db, Guid courseId, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var course = await db.Courses.Include(c => c.Instructors).SingleOrDefaultAsync(c => c.CourseId == courseId, cancellationToken);
        if (course is null)
        {
            return (null, false);
        }
        var may = caller.IsInRole(Roles.PlatformAdmin) || (caller.TryGetAccountId(out var accountId) && course.IsTaughtBy(accountId));
        return (course, may);
    }
}
