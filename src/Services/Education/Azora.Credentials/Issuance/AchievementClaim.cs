using Azora.Contracts.Education;
using Azora.Contracts.Lms;
using Azora.Credentials.Domain;

namespace Azora.Credentials.Issuance;

/// <summary>What a learner achieved, as a completion event tells it: the input of one credential.</summary>
internal sealed record AchievementClaim(
    Guid LearnerId,
    AchievementKind Kind,
    Guid SourceId,
    string Name,
    string Description,
    string CriteriaNarrative,
    IReadOnlyList<string> Skills,
    DateTimeOffset AchievedAt)
{
    public static AchievementClaim From(CourseCompleted completed) => new(
        completed.LearnerId,
        AchievementKind.Course,
        completed.CourseId,
        completed.CourseTitle,
        completed.CourseSummary,
        $"Completed every requirement of the course \"{completed.CourseTitle}\" on Azora.",
        completed.Skills,
        completed.CompletedAt);

    public static AchievementClaim From(ProgramCompleted completed) => new(
        completed.LearnerId,
        AchievementKind.Program,
        completed.ProgramId,
        completed.Title,
        completed.Summary,
        $"Completed every course of the {completed.Kind} \"{completed.Title}\" on Azora.",
        completed.Skills,
        completed.CompletedAt);
}
