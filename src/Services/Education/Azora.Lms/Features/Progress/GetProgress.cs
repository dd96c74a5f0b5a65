using System.Security.Claims;
using Azora.Lms.Data;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Features.Progress;

/// <summary>The caller's own progress in a course; an instructor of the course may ask for any enrolled learner's.</summary>
internal static class GetProgress
{
    public static void Map(IEndpointRouteBuilder courses) =>
        courses.MapGet("/{id:guid}/progress", HandleAsync)
            .WithName("GetProgress")
            .WithSummary("Read the signed-in learner's progress in the course; its instructors may pass ?learnerId= for a learner's.");

    private static async Task<Results<Ok<ProgressResponse>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        Guid? learnerId,
        ClaimsPrincipal caller,
        LmsDbContext db,
        LearningRecorder recorder,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var course = await CourseLoading.LoadAsync(db, id, cancellationToken);
        if (course is null)
        {
            return LmsProblems.NoCourse();
        }
        var target = learnerId ?? callerId;
        var teaches = caller.CanTeach(callerId, course);
        if (target != callerId && !teaches)
        {
            return course.IsPublished ? LmsProblems.InstructorsOnly() : LmsProblems.NoCourse();
        }
        var enrollment = await db.Enrollments.SingleOrDefaultAsync(e => e.CourseId == id && e.LearnerId == target, cancellationToken);
        if (enrollment is null)
        {
            return course.IsPublished || teaches
                ? LmsProblems.NotFound(target == callerId ? "You are not enrolled in this course." : "The learner is not enrolled in this course.")
                : LmsProblems.NoCourse();
        }
        var progress = await recorder.ProgressAsync(course, enrollment, cancellationToken);
        return TypedResults.Ok(ProgressResponse.From(enrollment, progress));
    }
}
