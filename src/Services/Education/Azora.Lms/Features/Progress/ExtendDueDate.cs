using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Lms.Data;
using Azora.Lms.Domain;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Features.Progress;

internal sealed record ExtendDueDateRequest([Required] DateTimeOffset? DueAt);

internal sealed record ExtensionResponse(Guid LessonId, Guid LearnerId, DateTimeOffset DueAt, DateTimeOffset GrantedAt);

/// <summary>An instructor of the course gives one enrolled learner a new due date for one lesson, replacing any earlier extension.</summary>
internal static class ExtendDueDate
{
    /// <summary>How far ahead of the enrolment a due date may be put.</summary>
    public static readonly TimeSpan MaxHorizon = TimeSpan.FromDays(Lesson.MaxDueOffsetDays);

    public static void Map(IEndpointRouteBuilder lessons) =>
        lessons.MapPut("/{id:guid}/extensions/{learnerId:guid}", HandleAsync)
            .WithName("ExtendDueDate")
            .WithSummary("Set a learner's own due date for a lesson (the course's instructors only).");

    private static async Task<Results<Ok<ExtensionResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        Guid learnerId,
        ExtendDueDateRequest request,
        ClaimsPrincipal caller,
        LmsDbContext db,
        LmsOutbox outbox,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        if (await LessonLookup.FindAsync(db, caller, callerId, id, cancellationToken, readOnly: true) is not var (course, lesson))
        {
            return LmsProblems.NoLesson();
        }
        if (!caller.CanTeach(callerId, course))
        {
            return LmsProblems.InstructorsOnly();
        }
        var enrollment = await db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.CourseId == course.Id && e.LearnerId == learnerId, cancellationToken);
        if (enrollment is null)
        {
            return LmsProblems.NotFound("The learner is not enrolled in this course.");
        }
        var dueAt = request.DueAt!.Value.ToUniversalTime();
        if (dueAt < enrollment.EnrolledAt || dueAt > enrollment.EnrolledAt + MaxHorizon)
        {
            return LmsProblems.Field("dueAt", $"The due date falls between the learner's enrolment and {Lesson.MaxDueOffsetDays} days after it.");
        }

        var now = clock.GetUtcNow();
        var extension = await db.Extensions.SingleOrDefaultAsync(e => e.LessonId == lesson.Id && e.LearnerId == learnerId, cancellationToken);
        if (extension is null)
        {
            extension = new DueDateExtension { LessonId = lesson.Id, LearnerId = learnerId, CourseId = course.Id };
            db.Extensions.Add(extension);
        }
        extension.DueAt = dueAt;
        extension.GrantedBy = callerId;
        extension.GrantedAt = now;
        if (!await outbox.TryCommitAsync(cancellationToken, LmsAudit.ExtensionGranted(callerId, lesson.Id, learnerId, dueAt, now)))
        {
            return LmsProblems.Conflict("Another instructor set this extension at the same moment; read it again and retry.");
        }
        return TypedResults.Ok(new ExtensionResponse(lesson.Id, learnerId, extension.DueAt, extension.GrantedAt));
    }
}
