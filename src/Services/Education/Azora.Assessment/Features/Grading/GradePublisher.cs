using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.Contracts.Assessment;
using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;

namespace Azora.Assessment.Features.Grading;

/// <summary>
/// Saves grading changes together with an <see cref="AttemptGraded"/> for each attempt whose grade they completed, through
/// Wolverine's transactional outbox: the grade and its event commit in one transaction, and the event is sent after.
/// The outbox writes through its scope's <see cref="AssessmentDbContext"/>, which tracks the changes: the request's own
/// for a grader's change, the group's for submissions (<see cref="SubmissionQueue"/>).
/// </summary>
internal sealed class GradePublisher(IDbContextOutbox<AssessmentDbContext> outbox)
{
    /// <summary>False when another request changed the same attempt first; nothing is saved or published then.</summary>
    public async Task<bool> SaveAsync(IEnumerable<(Attempt Attempt, bool Graded)> changes, CancellationToken cancellationToken)
    {
        foreach (var (attempt, graded) in changes)
        {
            outbox.DbContext.Touch(attempt);
            if (graded)
            {
                await outbox.PublishAsync(EventOf(attempt));
            }
        }
        try
        {
            await outbox.CommitOpenTransactionAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    public static AttemptGraded EventOf(Attempt attempt) => new(
        attempt.Id,
        attempt.QuizId,
        attempt.LearnerId,
        attempt.Number,
        attempt.Score!.Value,
        attempt.MaxScore,
        attempt.Percent!.Value,
        attempt.Passed!.Value,
        attempt.GradeRevision,
        attempt.GradedAt!.Value);
}
