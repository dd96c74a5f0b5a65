using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Features.Quizzes;

/// <summary>A quiz is run by its owner (a platform-admin may look); to anyone else its attempts and settings are not there.</summary>
internal static class QuizAccess
{
    public static bool Owns(this ClaimsPrincipal caller, Guid callerId, Quiz quiz, bool toChange = false) =>
        quiz.OwnerId == callerId || (!toChange && caller.IsInRole(Roles.PlatformAdmin));

    /// <summary>The quiz when the caller owns it (or, only to read, is a platform-admin); otherwise null.</summary>
    public static async Task<Quiz?> FindOwnedAsync(AssessmentDbContext db, ClaimsPrincipal caller, Guid callerId, Guid id, bool toChange, CancellationToken cancellationToken)
    {
        var quiz = await db.Quizzes.SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        return quiz is not null && caller.Owns(callerId, quiz, toChange) ? quiz : null;
    }
}
