namespace Azora.Contracts.UserService;

/// <summary><c>user-service.account-registered.v1</c>: a new account exists.</summary>
public sealed record AccountRegistered(Guid AccountId, string Email, DateTimeOffset RegisteredAt);

/// <summary><c>user-service.roles-changed.v1</c>: a platform-admin granted or removed a role.</summary>
public sealed record AccountRolesChanged(Guid AccountId, Guid ChangedBy, IReadOnlyList<string> Roles, DateTimeOffset ChangedAt);
