using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.Assessment.Features.Quizzes;
using Azora.ServiceDefaults.Persistence;
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
    /// <summary>
    /// The attempt, its items and its quiz in one query, compiled once: every request on an attempt (an autosave, the
    /// submission) starts here.
    /// </summary>
    private static readonly CompiledQuery<Func<AssessmentDbContext, Guid, CancellationToken, Task<AttemptOfQuiz?>>> AttemptWithQuiz = new(() =>
        EF.CompileAsyncQuery((AssessmentDbContext db, Guid id, CancellationToken _) => db.Attempts.Include(a => a.Items)
            .Where(a => a.Id == id)
            .Join(db.Quizzes, a => a.QuizId, q => q.Id, (attempt, quiz) => new AttemptOfQuiz(attempt, quiz))
            .SingleOrDefault()));

    public static async Task<LoadedAttempt?> FindAsync(
        AssessmentDbContext db, QuestionVersionCache versions, ClaimsPrincipal caller, Guid callerId, Guid id, AttemptRole role, CancellationToken cancellationToken)
    {
        var found = await AttemptWithQuiz.For(db)(db, id, cancellationToken);
        if (found is null)
        {
            return null;
        }
        var (attempt, quiz) = found;
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
        return new LoadedAttempt(attempt, quiz, await versions.OfAsync(db, [attempt], cancellationToken), ownsQuiz);
    }

    private sealed record AttemptOfQuiz(Attempt Attempt, Quiz Quiz);
}

/// <summary>What the caller means to do with an attempt: answer it (its learner), grade it (the quiz's owner), or read it (either).</summary>
internal enum AttemptRole
{
    Learner,
    Grader,
    Reader,
}
