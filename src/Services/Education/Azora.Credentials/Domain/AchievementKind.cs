namespace Azora.Credentials.Domain;

/// <summary>What a credential attests the completion of.</summary>
internal enum AchievementKind
{
    Course,
    Program,
}
