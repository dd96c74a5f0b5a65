using Azora.Contracts;

namespace Azora.UserService.Data;

/// <summary>The platform's roles as rows, with ids fixed forever so migrations seed them the same way everywhere.</summary>
internal static class RoleSeed
{
    private static readonly Dictionary<string, Guid> Ids = new(StringComparer.Ordinal)
    {
        [Roles.Learner] = new("0cd29057-70a0-4906-b2c4-bf9649d9c5dd"),
        [Roles.Instructor] = new("d4c7e3f4-4d71-45a8-8142-bd18a424c48b"),
        [Roles.Guardian] = new("837d514d-4baa-4de0-b7fb-efef28657a5c"),
        [Roles.Employer] = new("fddf49b1-0ba7-4e53-884a-29484664f5d9"),
        [Roles.Freelancer] = new("cb89f74d-d649-49d2-9cb5-d2d3a68d2225"),
        [Roles.Client] = new("b3bc8335-4ee9-4327-9541-d46392ec5b78"),
        [Roles.OrgAdmin] = new("efd142e9-1e0e-4404-b7db-b8e14a943bf2"),
        [Roles.Arbitrator] = new("e1ec309c-c6bb-40dc-a897-6cfd55f84d74"),
        [Roles.PlatformAdmin] = new("efa631e7-2137-4162-9092-b2def0130bef"),
        [Roles.Auditor] = new("3f6b2a0e-9d4c-4e61-8a57-0c2d7e9b41f3"),
    };

    public static IEnumerable<AccountRole> Rows => Roles.All.Select(role => new AccountRole(Ids[role], role));
}
