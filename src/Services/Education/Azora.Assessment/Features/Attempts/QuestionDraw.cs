using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Features.Attempts;

/// <summary>
/// The questions of a new attempt, in the quiz's order: each fixed question at its latest version, and each draw a
/// uniformly random choice of distinct questions from the owner's bank with that tag (never a fixed one, never twice).
/// </summary>
internal static class QuestionDraw
{
    public static async Task<List<QuestionVersion>?> DrawAsync(AssessmentDbContext db, Quiz quiz, CancellationToken cancellationToken)
    {
        var fixedIds = quiz.Slots.Where(s => s.QuestionId is not null).Select(s => s.QuestionId!.Value).ToHashSet();
        var tags = quiz.Slots.Where(s => s.Tag is not null).Select(s => s.Tag!).Distinct().ToList();
        var candidates = await db.QuestionTags.AsNoTracking()
            .Where(t => tags.Contains(t.Tag) && db.Questions.Any(q => q.Id == t.QuestionId && q.OwnerId == quiz.OwnerId))
            .ToListAsync(cancellationToken);

        var chosen = new List<Guid>();
        foreach (var slot in quiz.Slots)
        {
            if (slot.QuestionId is { } questionId)
            {
                chosen.Add(questionId);
                continue;
            }
            var pool = candidates.Where(t => t.Tag == slot.Tag && !fixedIds.Contains(t.QuestionId) && !chosen.Contains(t.QuestionId))
                .Select(t => t.QuestionId).Distinct().ToArray();
            if (pool.Length < slot.Count)
            {
                return null;
            }
            Random.Shared.Shuffle(pool);
            chosen.AddRange(pool.Take(slot.Count));
        }

        var latest = await db.Questions.AsNoTracking()
            .Where(q => chosen.Contains(q.Id))
            .Select(q => new { q.Id, q.LatestVersionNumber })
            .ToListAsync(cancellationToken);
        var versionKeys = latest.Select(q => q.Id).ToList();
        var versions = await db.QuestionVersions.AsNoTracking().Where(v => versionKeys.Contains(v.QuestionId)).ToListAsync(cancellationToken);
        var latestById = latest.ToDictionary(q => q.Id, q => versions.Single(v => v.QuestionId == q.Id && v.Number == q.LatestVersionNumber));
        return chosen.Count == latestById.Count ? [.. chosen.Select(id => latestById[id])] : null;
    }
}
