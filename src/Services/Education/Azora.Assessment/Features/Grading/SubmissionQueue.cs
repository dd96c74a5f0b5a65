using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Azora.Assessment.Features.Grading;

/// <summary>
/// Commits submitted attempts by group commit (<see cref="GroupCommit{TItem, TAnswer}"/>): every submission waiting is
/// saved with its <c>AttemptGraded</c> in one transaction of one scope through <see cref="GradePublisher"/>, so that
/// under load the submissions share a commit and one turn at the database's writer instead of taking a turn each. Each
/// keeps its own concurrency check: one that another request changed first fails alone, and the rest of its group
/// commits without it.
/// </summary>
internal sealed class SubmissionQueue : IDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly GroupCommit<Submission, bool> _submissions;

    public SubmissionQueue(IServiceScopeFactory scopes, ILogger<SubmissionQueue> logger)
    {
        _scopes = scopes;
        _submissions = new GroupCommit<Submission, bool>(CommitAsync, logger);
    }

    /// <summary>Submissions waiting for a turn.</summary>
    public int Waiting => _submissions.Waiting;

    /// <summary>
    /// Saves the attempt as <paramref name="db"/> loaded and changed it, with its event when <paramref name="graded"/>;
    /// false when another request changed the attempt first, and then nothing is saved or published. The attempt leaves
    /// <paramref name="db"/>'s change tracker: the group's own context saves it.
    /// </summary>
    public Task<bool> SaveAsync(AssessmentDbContext db, Attempt attempt, bool graded, CancellationToken cancellationToken)
    {
        var submission = Submission.Of(db, attempt, graded);
        db.ChangeTracker.Clear();
        return _submissions.CommitAsync(submission, cancellationToken);
    }

    private async Task<IReadOnlyList<bool>> CommitAsync(IReadOnlyList<Submission> group, CancellationToken _)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssessmentDbContext>();
        foreach (var submission in group)
        {
            submission.TrackIn(db);
        }
        // A group commits whole once it has begun, whichever of its requests goes away meanwhile: the others wait on it.
        var saved = await scope.ServiceProvider.GetRequiredService<GradePublisher>()
            .SaveAsync(group.Select(s => (s.Attempt, s.Graded)), CancellationToken.None);
        if (!saved && group.Count > 1)
        {
            throw new DbUpdateConcurrencyException("An attempt of the group was changed meanwhile; each is committed on its own.");
        }
        return [.. group.Select(_ => saved)];
    }

    public void Dispose() => _submissions.Dispose();

    /// <summary>An attempt with its items as the request's context has them: the values read and the values now.</summary>
    private sealed record Submission(Attempt Attempt, bool Graded, IReadOnlyList<(object Entity, PropertyValues Read, PropertyValues Now)> Entries)
    {
        public static Submission Of(AssessmentDbContext db, Attempt attempt, bool graded) =>
            new(attempt, graded, [.. new object[] { attempt }.Concat(attempt.Items).Select(entity => ValuesOf(db.Entry(entity)))]);

        /// <summary>Tracks the attempt in <paramref name="db"/> as changed from the values read, shadow version included.</summary>
        public void TrackIn(AssessmentDbContext db)
        {
            foreach (var (entity, read, now) in Entries)
            {
                var entry = db.Entry(entity);
                entry.State = EntityState.Unchanged;
                entry.OriginalValues.SetValues(read);
                entry.CurrentValues.SetValues(now);
            }
        }

        private static (object, PropertyValues, PropertyValues) ValuesOf(EntityEntry entry) =>
            (entry.Entity, entry.OriginalValues.Clone(), entry.CurrentValues.Clone());
    }
}
