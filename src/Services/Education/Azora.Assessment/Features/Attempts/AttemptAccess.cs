using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.Assessment.Features.Quizzes;
using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Features.Attempts;

/// <summary>An attempt with its quiz and the question versions it was given.</summary>
internal sealed record LoadedAttempt(Attempt Attempt, Quiz Quiz, IReadOnlyDictionary<Guid, QuestionVersion> Versions, bool CallerOwnsQuiz)
{
    public AttemptResponse Response(DateTimeOffset now) => AttemptResponse.From(Attempt, Quiz, Versions, CallerOwnsQuiz, now);
}

/// <summary>
/// Who reaches an attempt: the learner who made it, and the owner of its quiz (a platform-admin may read). To anyone else
/// it does not exist, so nobody learns that another learner's attempt is there.
/// </summary>
internal static class AttemptAccess
{
    public static async Task<LoadedAttempt?> FindAsync(AssessmentDbContext db, ClaimsPrincipal caller, Guid callerId, Guid id, AttemptRole role, CancellationToken cancellationToken)
    {
        // The attempt, its items and its quiz in one query: every request on an attempt (an autosave, the submission)
        // starts here.
        var found = await db.Attempts.Include(a => a.Items)
            .Where(a => a.Id == id)
            .Join(db.Quizzes, a => a.QuizId, q => q.Id, (attempt, quiz) => new { Attempt = attempt, Quiz = quiz })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        var (attempt, quiz) = (found.Attempt, found.Quiz);
        var isLearner = attempt.LearnerId == callerId;
        var ownsQuiz = caller.Owns(callerId, quiz, toChange: role == AttemptRole.Grader);
        var allowed = role switch
        {
            AttemptRole.Learner => isLearner,
            AttemptRole.Grader => ownsQuiz,
            _ => isLearner || ownsQuiz,
        };
        if (!allowed)
        {
            return null;
        }
        return new LoadedAttempt(attempt, quiz, await VersionsOfAsync(db, [attempt], cancellationToken), ownsQuiz);
    }

    public static async Task<IReadOnlyDictionary<Guid, QuestionVersion>> VersionsOfAsync(AssessmentDbContext db, IEnumerable<Attempt> attempts, CancellationToken cancellationToken)
    {
        var ids = attempts.SelectMany(a => a.Items).Select(i => i.QuestionVersionId).Distinct().ToList();
        return await db.QuestionVersions.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
    }
}

/// <summary>What the caller means to do with an attempt: answer it (its learner), grade it (the quiz's owner), or read it (either).</summary>
internal enum AttemptRole
{
    Learner,
    Grader,
    Reader,
}
