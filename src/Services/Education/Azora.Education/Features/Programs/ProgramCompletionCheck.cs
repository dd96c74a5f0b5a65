using Azora.Contracts.Education;
using Azora.Education.Data;
using Azora.Education.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Features.Programs;

/// <summary>
/// Completes the programs a learner is enrolled in once every one of their courses is completed. It adds a
/// <see cref="ProgramCompletion"/> row, whose key (learner, program) lets the program complete once, and returns the
/// <see cref="ProgramCompleted"/> events for the caller to publish in the same transaction.
/// </summary>
internal static class ProgramCompletionCheck
{
    /// <param name="programIds">The programs to look at: those the learner is enrolled in, and not yet completed.</param>
    public static async Task<List<ProgramCompleted>> CompleteAsync(
        EducationDbContext db, Guid learnerId, IReadOnlyCollection<Guid> programIds, DateTimeOffset completedAt, CancellationToken cancellationToken)
    {
        var alreadyCompleted = await db.ProgramCompletions
            .Where(c => c.LearnerId == learnerId && programIds.Contains(c.ProgramId))
            .Select(c => c.ProgramId)
            .ToListAsync(cancellationToken);
        var open = programIds.Except(alreadyCompleted).ToList();
        if (open.Count == 0)
        {
            return [];
        }
        var programs = await db.Programs.AsNoTracking().Include(p => p.Courses).Where(p => open.Contains(p.Id)).ToListAsync(cancellationToken);
        var needed = programs.SelectMany(p => p.Courses).Select(c => c.CourseId).Distinct().ToList();
        var done = (await db.Progress
            .Where(p => p.LearnerId == learnerId && p.CompletedAt != null && needed.Contains(p.CourseId))
            .Select(p => p.CourseId)
            .ToListAsync(cancellationToken)).ToHashSet();

        var completed = new List<ProgramCompleted>();
        foreach (var program in programs.Where(p => p.Courses.Count > 0 && p.Courses.All(c => done.Contains(c.CourseId))))
        {
            db.ProgramCompletions.Add(new ProgramCompletion(program.Id, learnerId, completedAt));
            var courseIds = program.CourseIdsInOrder;
            var skills = await db.CourseSkills
                .Where(s => courseIds.Contains(s.CourseId))
                .Select(s => s.Name)
                .Distinct()
                .OrderBy(s => s)
                .ToListAsync(cancellationToken);
            completed.Add(new ProgramCompleted(
                learnerId, program.Id, program.Title, program.Summary, WireNames.Of(program.Kind), skills, completedAt));
        }
        return completed;
    }
}
