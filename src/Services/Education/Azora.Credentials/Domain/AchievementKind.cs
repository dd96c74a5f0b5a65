namespace Azora.Credentials.Domain;

/// <summary>What a credential attests the completion of.</summary>
internal enum AchievementKind
{
    Course,
    Program,

    /// <summary>An achievement another service asked to be credentialed (<c>IssueCredential</c>), e.g. a challenge won.</summary>
    Award,
}
