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

internal sealed record LessonCompletionResponse(Guid LessonId, Guid CourseId, DateTimeOffset CompletedAt, decimal ProgressPercent, DateTimeOffset? CourseCompletedAt);

/// <summary>
/// An enrolled learner marks a content or video lesson done; doing it again changes nothing. A quiz lesson is completed
/// by passing its quiz in azora-assessment, never by this call. Finishing the last required step completes the course.
/// </summary>
internal static class CompleteLesson
{
    public static void Map(IEndpointRouteBuilder lessons) =>
        lessons.MapPost("/{id:guid}/completion", HandleAsync)
            .WithName("CompleteLesson")
            .WithSummary("Mark a content or video lesson done for the signed-in, enrolled learner (idempotent; quiz lessons complete by passing the quiz).");

    private static async Task<Results<Ok<LessonCompletionResponse>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        ClaimsPrincipal caller,
        LmsDbContext db,
        LearningRecorder recorder,
        LmsOutbox outbox,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var learnerId))
        {
            return TypedResults.Forbid();
        }
        if (await LessonLookup.FindAsync(db, caller, learnerId, id, cancellationToken, readOnly: true) is not var (course, lesson))
        {
            return LmsProblems.NoLesson();
        }
        var enrollment = await db.Enrollments.SingleOrDefaultAsync(e => e.CourseId == course.Id && e.LearnerId == learnerId, cancellationToken);
        if (enrollment is null)
        {
            return LmsProblems.NotEnrolled();
        }
        if (enrollment.HasEnded)
        {
            return LmsProblems.EnrolmentEnded();
        }
        if (lesson.Kind == LessonKind.Quiz)
        {
            return LmsProblems.Conflict("A quiz lesson is completed by passing its quiz.", $"Take quiz {lesson.QuizId} in azora-assessment.");
        }

        await recorder.CompleteLessonAsync(course, enrollment, lesson, cancellationToken);
        if (!await outbox.TryCommitAsync(cancellationToken))
        {
            // The same completion committed by a concurrent request; it is recorded either way.
            db.ChangeTracker.Clear();
            recorder.ForgetLoaded();
            enrollment = await db.Enrollments.SingleAsync(e => e.Id == enrollment.Id, cancellationToken);
            course = (await CourseLoading.ReadAsync(db, course.Id, cancellationToken))!;
        }
        var progress = await recorder.ProgressAsync(course, enrollment, cancellationToken);
        var completedAt = progress.Lessons.Single(l => l.Lesson.Id == id).CompletedAt ?? enrollment.EnrolledAt;
        return TypedResults.Ok(new LessonCompletionResponse(id, course.Id, completedAt, progress.Percent, enrollment.CompletedAt));
    }
}
