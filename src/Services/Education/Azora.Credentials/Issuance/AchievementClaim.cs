using Azora.Contracts.Education;
using Azora.Contracts.Lms;
using Azora.Credentials.Domain;

namespace Azora.Credentials.Issuance;

/// <summary>What a learner achieved, as a completion event tells it: the input of one credential.</summary>
/// <param name="AchievementType">The Open Badges 3.0 AchievementType vocabulary term, e.g. <c>Course</c>, <c>Degree</c>.</param>
internal sealed record AchievementClaim(
    Guid LearnerId,
    AchievementKind Kind,
    Guid SourceId,
    string AchievementType,
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
        "Course",
        completed.CourseTitle,
        completed.CourseSummary,
        $"Completed every requirement of the course \"{completed.CourseTitle}\" on Azora.",
        completed.Skills,
        completed.CompletedAt);

    public static AchievementClaim From(ProgramCompleted completed) => new(
        completed.LearnerId,
        AchievementKind.Program,
        completed.ProgramId,
        ProgramAchievementType(completed.Kind),
        completed.Title,
        completed.Summary,
        $"Completed every course of the {completed.Kind} \"{completed.Title}\" on Azora.",
        completed.Skills,
        completed.CompletedAt);

    /// <summary>azora-education's program kinds in the Open Badges AchievementType vocabulary.</summary>
    private static string ProgramAchievementType(string kind) => kind switch
    {
        "degree" => "Degree",
        "pathway" => "LearningProgram",
        _ => "Certificate",
    };
}
