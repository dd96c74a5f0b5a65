using System.Security.Claims;
using Azora.Contracts;
using Azora.Lms.Domain;

namespace Azora.Lms.Features;

/// <summary>
/// Who may do what with a course: its owner and co-instructors (and a platform-admin) author it; everyone signed in reads
/// it once published; a draft is answered to anyone else as if it did not exist.
/// </summary>
internal static class CourseAccess
{
    public static bool CanTeach(this ClaimsPrincipal caller, Guid callerId, Course course) =>
        course.IsInstructor(callerId) || caller.IsInRole(Roles.PlatformAdmin);

    public static bool CanSee(this ClaimsPrincipal caller, Guid callerId, Course course) =>
        course.IsPublished || caller.CanTeach(callerId, course);

    /// <summary>Only the owner (or a platform-admin) decides who else teaches the course.</summary>
    public static bool CanManageInstructors(this ClaimsPrincipal caller, Guid callerId, Course course) =>
        course.OwnerId == callerId || caller.IsInRole(Roles.PlatformAdmin);
}
