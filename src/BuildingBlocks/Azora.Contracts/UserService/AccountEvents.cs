namespace Azora.Contracts.UserService;

/// <summary>A new account exists.</summary>
[MessageName("user-service.account-registered.v1")]
public sealed record AccountRegistered(Guid AccountId, string Email, DateTimeOffset RegisteredAt);

/// <summary>A platform-admin granted or removed a role.</summary>
[MessageName("user-service.roles-changed.v1")]
public sealed record AccountRolesChanged(Guid AccountId, Guid ChangedBy, IReadOnlyList<string> Roles, DateTimeOffset ChangedAt);
