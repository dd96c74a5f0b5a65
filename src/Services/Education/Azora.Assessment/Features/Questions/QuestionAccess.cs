using System.Security.Claims;
using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Features.Questions;

/// <summary>An instructor's questions are theirs alone; a platform-admin may read every bank. Anyone else is told a question does not exist.</summary>
internal static class QuestionAccess
{
    /// <summary>The question with its versions and tags, tracked, when the caller may read it (or, with <paramref name="toEdit"/>, change it).</summary>
    public static async Task<Question?> FindAsync(AssessmentDbContext db, ClaimsPrincipal caller, Guid callerId, Guid id, bool toEdit, CancellationToken cancellationToken)
    {
        var question = await db.Questions
            .Include(q => q.Versions)
            .Include(q => q.Tags)
            .AsSplitQuery()
            .SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (question is null)
        {
            return null;
        }
        var mayRead = question.OwnerId == callerId || (!toEdit && caller.IsInRole(Roles.PlatformAdmin));
        return mayRead ? question : null;
    }
}
