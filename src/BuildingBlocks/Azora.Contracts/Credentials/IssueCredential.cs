namespace Azora.Contracts.Credentials;

/// <summary>
/// A command to azora-credentials: award this learner a credential for an achievement another service recognises
/// (e.g. a hackathon win in azora-innovation-hub). Issued at most once per learner and <see cref="AchievementId"/>,
/// however often the command arrives.
/// </summary>
/// <param name="AchievementId">The requesting service's stable id of the achievement (a challenge, a track, ...).</param>
/// <param name="AchievementType">An Open Badges 3.0 AchievementType term, e.g. <c>Award</c>, <c>Competency</c>.</param>
/// <param name="Criteria">What the learner did to earn it, in words.</param>
/// <param name="SourceService">The catalog id of the requesting service.</param>
[MessageName("azora-credentials.issue-credential.v1")]
public sealed record IssueCredential(
    Guid LearnerId,
    Guid AchievementId,
    string AchievementName,
    string Description,
    string AchievementType,
    string Criteria,
    IReadOnlyList<string> Skills,
    string SourceService,
    DateTimeOffset AchievedAt);
