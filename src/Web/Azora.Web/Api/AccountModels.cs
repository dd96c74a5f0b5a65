namespace Azora.Web.Api;

/// <summary>The person's sign-ins (session-service) and two-factor set-up (user-service).</summary>
public sealed record SessionView(string Id, string? ClientId, DateTimeOffset? CreatedAt, DateTimeOffset? LastUsedAt, bool Current);

public sealed record SessionPage(IReadOnlyList<SessionView> Items, string? NextCursor);

public sealed record RevokedSessions(int Revoked);

public sealed record TwoFactorSetup(string SharedKey, string AuthenticatorUri);

public sealed record TwoFactorRecoveryCodes(IReadOnlyList<string> RecoveryCodes);
