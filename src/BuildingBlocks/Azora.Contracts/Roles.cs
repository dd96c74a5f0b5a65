namespace Azora.Contracts;

/// <summary>The platform's roles, as they appear in the <c>role</c> claim of an access token.</summary>
public static class Roles
{
    public const string Learner = "learner";
    public const string Instructor = "instructor";
    public const string Guardian = "guardian";
    public const string Employer = "employer";
    public const string Freelancer = "freelancer";
    public const string Client = "client";
    public const string OrgAdmin = "org-admin";
    public const string Arbitrator = "arbitrator";
    public const string PlatformAdmin = "platform-admin";
    public const string Auditor = "auditor";

    public static readonly IReadOnlyList<string> All =
        [Learner, Instructor, Guardian, Employer, Freelancer, Client, OrgAdmin, Arbitrator, PlatformAdmin, Auditor];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
