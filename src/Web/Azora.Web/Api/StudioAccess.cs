using System.Net;
using Azora.Contracts;
using Azora.Web.Security;
using Microsoft.AspNetCore.Http;

namespace Azora.Web.Api;

/// <summary>
/// Studio pages are for a course's own instructors (owner and co-instructors) and platform admins. azora-lms shows a
/// published course to everyone signed in, so a studio page checks who teaches it and answers anyone else as if the
/// course were not there, as the API does for a draft.
/// </summary>
public static class StudioAccess
{
    public static ApiProblem NotYours { get; } = new((int)HttpStatusCode.NotFound, "We could not find that course among yours.", new Dictionary<string, string>());

    public static bool Teaches(HttpContext? http, StudioCourse course) =>
        Viewer.IsInRole(http, Roles.PlatformAdmin)
        || Viewer.AccountId(http) is { } viewer && (course.OwnerId == viewer || course.CoInstructorIds.Contains(viewer));

    /// <summary>The course when the viewer teaches it; otherwise null with the problem to show (the API's own, or not found).</summary>
    public static (StudioCourse? Course, ApiProblem? Problem) Check(HttpContext? http, ApiResult<StudioCourse> found) =>
        found.Value is { } course
            ? Teaches(http, course) ? (course, null) : (null, NotYours)
            : (null, found.Problem);
}
