using System.Net.Http.Headers;
using System.Security.Claims;
using Azora.Education.Data;
using Azora.Education.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Azora.Education.Features.Dashboard;

/// <summary>
/// The signed-in learner's dashboard, gathered across services: enrolments, progress and next due dates from azora-lms
/// (asked with the learner's own token) and program enrolments from azora-education's own tables.
/// </summary>
internal static class GetDashboard
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/dashboard", HandleAsync)
            .WithName("GetDashboard")
            .WithSummary("The signed-in learner's courses (progress, next due dates, from azora-lms) and programs; a section azora-lms cannot give now is marked unavailable.");

    private static async Task<Results<Ok<DashboardResponse>, ForbidHttpResult>> HandleAsync(
        HttpRequest request,
        ClaimsPrincipal caller,
        LmsClient lms,
        EducationDbContext db,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var learnerId)
            || !AuthenticationHeaderValue.TryParse(request.Headers[HeaderNames.Authorization], out var bearer))
        {
            return TypedResults.Forbid();
        }
        var enrollments = await lms.MyEnrollmentsAsync(bearer, cancellationToken);
        var courses = enrollments is null
            ? DashboardSection<DashboardCourse>.Missing("azora-lms did not answer; course progress and due dates are unavailable for now.")
            : DashboardSection<DashboardCourse>.Of([.. enrollments.OrderBy(e => e.CompletedAt is not null).ThenByDescending(e => e.EnrolledAt).Select(e => new DashboardCourse(
                e.CourseId, e.CourseTitle, e.EnrolledAt, e.ProgressPercent, e.CompletedAt,
                [.. (e.NextDueDates ?? []).OrderBy(d => d.DueAt).Select(d => new DashboardDueDate(d.LessonId, d.LessonTitle, d.DueAt))]))]);
        var programs = await ProgramsOfAsync(db, learnerId, cancellationToken);
        return TypedResults.Ok(new DashboardResponse(learnerId, courses, DashboardSection<DashboardProgram>.Of(programs)));
    }

    private static async Task<List<DashboardProgram>> ProgramsOfAsync(EducationDbContext db, Guid learnerId, CancellationToken cancellationToken)
    {
        var enrolled = await (
            from e in db.ProgramEnrollments
            join p in db.Programs on e.ProgramId equals p.Id
            where e.LearnerId == learnerId
            orderby e.EnrolledAt descending
            select new
            {
                p.Id,
                p.Title,
                p.Kind,
                e.EnrolledAt,
                Total = db.ProgramCourses.Count(c => c.ProgramId == p.Id),
                Done = db.ProgramCourses.Count(c => c.ProgramId == p.Id
                    && db.Progress.Any(g => g.LearnerId == learnerId && g.CourseId == c.CourseId && g.CompletedAt != null)),
                CompletedAt = db.ProgramCompletions.Where(c => c.ProgramId == p.Id && c.LearnerId == learnerId).Select(c => (DateTimeOffset?)c.CompletedAt).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        return [.. enrolled.Select(e => new DashboardProgram(e.Id, e.Title, WireNames.Of(e.Kind), e.EnrolledAt, e.Done, e.Total, e.CompletedAt))];
    }
}
