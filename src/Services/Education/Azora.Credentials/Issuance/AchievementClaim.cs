using System.Text.RegularExpressions;
using Azora.Contracts.Credentials;
using Azora.Contracts.Education;
using Azora.Contracts.Lms;
using Azora.Credentials.Domain;

namespace Azora.Credentials.Issuance;

/// <summary>What a learner achieved, as a completion event tells it: the input of one credential.</summary>
/// <param name="AchievementType">The Open Badges 3.0 AchievementType vocabulary term, e.g. <c>Course</c>, <c>Degree</c>.</param>
internal sealed partial record AchievementClaim(
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

    public static AchievementClaim From(IssueCredential request) => new(
        request.LearnerId,
        AchievementKind.Award,
        request.AchievementId,
        AchievementTypeTerm().IsMatch(request.AchievementType) ? request.AchievementType : "Award",
        request.AchievementName,
        request.Description,
        string.IsNullOrWhiteSpace(request.Criteria) ? $"Recognised by {request.SourceService} on Azora." : request.Criteria,
        request.Skills,
        request.AchievedAt);

    /// <summary>azora-education's program kinds in the Open Badges AchievementType vocabulary.</summary>
    private static string ProgramAchievementType(string kind) => kind switch
    {
        "degree" => "Degree",
        "pathway" => "LearningProgram",
        _ => "Certificate",
    };

    /// <summary>An AchievementType vocabulary term (e.g. Award) or an extension term (ext:...).</summary>
    [GeneratedRegex("^(ext:)?[A-Za-z][A-Za-z0-9._-]{0,60}$")]
    private static partial Regex AchievementTypeTerm();
}
