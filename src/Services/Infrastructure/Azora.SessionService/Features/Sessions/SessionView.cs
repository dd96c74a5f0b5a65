namespace Azora.SessionService.Features.Sessions;

/// <summary>One signed-in session of the caller: which client, when it began, when a token was last issued for it.</summary>
internal sealed record SessionView(string Id, string? ClientId, DateTimeOffset? CreatedAt, DateTimeOffset? LastUsedAt, bool Current);

/// <summary>A page of sessions, newest first; <see cref="NextCursor"/> fetches the next page when there is one.</summary>
internal sealed record SessionPage(IReadOnlyList<SessionView> Items, string? NextCursor);

internal sealed record RevokedSessions(int Revoked);
