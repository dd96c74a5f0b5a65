using System.Data;
using Azora.Contracts.Lms;
using Azora.Education.Data;
using Azora.Education.Domain;
using Azora.Education.Features.Programs;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;

namespace Azora.Education.Features.Progress;

/// <summary>
/// Keeps each learner's course progress from azora-lms's events (for guardians, who never hold the learner's token) and
/// completes programs. Every event is keyed by what it is about (learner and course, learner and lesson), so a
/// redelivered one finds its row and changes nothing.
/// </summary>
/// <remarks>Public only so that Wolverine's generated handlers can be given it; everything it does is internal.</remarks>
public sealed class ProgressProjection
{
    private readonly IDbContextOutbox<EducationDbContext> _outbox;

    internal ProgressProjection(IDbContextOutbox<EducationDbContext> outbox) => _outbox = outbox;

    private EducationDbContext Db => _outbox.DbContext;

    internal async Task EnrolledAsync(LearnerEnrolled message, CancellationToken cancellationToken)
    {
        var progress = await ProgressOfAsync(message.LearnerId, message.CourseId, cancellationToken);
        progress.Enrolled(message.EnrolledAt);
        await Db.SaveChangesAsync(cancellationToken);
    }

    internal async Task LessonCompletedAsync(LessonCompleted message, CancellationToken cancellationToken)
    {
        var seen = await Db.LessonCompletions.AnyAsync(l => l.LearnerId == message.LearnerId && l.LessonId == message.LessonId, cancellationToken);
        if (!seen)
        {
            Db.LessonCompletions.Add(new LessonCompletion(message.LearnerId, message.LessonId, message.CourseId, message.CompletedAt));
            await Db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Records the completion and completes every program of the learner's whose courses are now all done, announcing
    /// each with <c>ProgramCompleted</c> in the same transaction. The transaction is serializable (on SQLite it holds the
    /// write lock from the start), so two last courses completed at once cannot both miss the program's completion.
    /// </summary>
    internal async Task CourseCompletedAsync(CourseCompleted message, CancellationToken cancellationToken)
    {
        await using var transaction = await Db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var progress = await ProgressOfAsync(message.LearnerId, message.CourseId, cancellationToken);
        progress.Completed(message.CompletedAt, message.Grade);

        var programIds = await Db.ProgramEnrollments
            .Where(e => e.LearnerId == message.LearnerId && Db.ProgramCourses.Any(c => c.ProgramId == e.ProgramId && c.CourseId == message.CourseId))
            .Select(e => e.ProgramId)
            .ToListAsync(cancellationToken);
        // Saved first, so that the check below sees this course as done.
        await Db.SaveChangesAsync(cancellationToken);
        var completed = await ProgramCompletionCheck.CompleteAsync(Db, message.LearnerId, programIds, message.CompletedAt, cancellationToken);
        foreach (var programCompleted in completed)
        {
            await _outbox.PublishAsync(programCompleted);
        }
        await _outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    private async Task<CourseProgress> ProgressOfAsync(Guid learnerId, Guid courseId, CancellationToken cancellationToken)
    {
        var progress = await Db.Progress.SingleOrDefaultAsync(p => p.LearnerId == learnerId && p.CourseId == courseId, cancellationToken);
        if (progress is null)
        {
            progress = CourseProgress.For(learnerId, courseId);
            Db.Progress.Add(progress);
        }
        return progress;
    }
}
