namespace Azora.SessionService.Features.Sessions;

/// <summary>One signed-in session of the caller: which client, when it began, when a token was last issued for it.</summary>
internal sealed record SessionView(string Id, string? ClientId, DateTimeOffset? CreatedAt, DateTimeOffset? LastUsedAt, bool Current);

internal sealed record RevokedSessions(int Revoked);
