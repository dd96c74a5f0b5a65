using Azora.SessionService.Domain;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Azora.SessionService.Features.Sessions;

/// <summary>A person's sessions (their valid OpenIddict authorizations); never anyone else's.</summary>
internal sealed class UserSessions(
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens,
    IOpenIddictApplicationManager applications)
{
    /// <summary>The subject's valid sessions, newest first, <paramref name="limit"/> at a time from <paramref name="after"/>.</summary>
    public async Task<SessionPage> ListAsync(string subject, string? currentId, int limit, SessionCursor? after, CancellationToken cancellationToken)
    {
        var sessions = new List<(object Authorization, string Id, DateTimeOffset Created)>();
        await foreach (var authorization in authorizations.FindBySubjectAsync(subject, cancellationToken))
        {
            if (!await authorizations.HasStatusAsync(authorization, Statuses.Valid, cancellationToken))
            {
                continue;
            }
            var id = (await authorizations.GetIdAsync(authorization, cancellationToken))!;
            var created = await authorizations.GetCreationDateAsync(authorization, cancellationToken) ?? DateTimeOffset.MinValue;
            if (after is null || after.Precedes(created.UtcTicks, id))
            {
                sessions.Add((authorization, id, created));
            }
        }
        var ordered = sessions.OrderByDescending(s => s.Created.UtcTicks).ThenByDescending(s => s.Id, StringComparer.Ordinal).ToList();
        var page = new List<SessionView>();
        foreach (var (authorization, id, created) in ordered.Take(limit))
        {
            page.Add(new SessionView(id, await ClientIdOfAsync(authorization, cancellationToken), created,
                await LastUsedAsync(id, cancellationToken), id == currentId));
        }
        var next = ordered.Count > limit ? new SessionCursor(ordered[limit - 1].Created.UtcTicks, ordered[limit - 1].Id).Encode() : null;
        return new SessionPage(page, next);
    }

    /// <summary>Ends one of the subject's sessions; <c>false</c> when there is no such session of theirs.</summary>
    public async Task<bool> RevokeAsync(string subject, string id, CancellationToken cancellationToken)
    {
        var authorization = id.Length <= 64 ? await authorizations.FindByIdAsync(id, cancellationToken) : null;
        if (authorization is null
            || await authorizations.GetSubjectAsync(authorization, cancellationToken) != subject
            || !await authorizations.HasStatusAsync(authorization, Statuses.Valid, cancellationToken))
        {
            return false;
        }
        await EndAsync(authorization, id, cancellationToken);
        return true;
    }

    public async Task<int> RevokeOthersAsync(string subject, string? currentId, CancellationToken cancellationToken)
    {
        var others = new List<(object Authorization, string Id)>();
        await foreach (var authorization in authorizations.FindBySubjectAsync(subject, cancellationToken))
        {
            var id = (await authorizations.GetIdAsync(authorization, cancellationToken))!;
            if (id != currentId && await authorizations.HasStatusAsync(authorization, Statuses.Valid, cancellationToken))
            {
                others.Add((authorization, id));
            }
        }
        foreach (var (authorization, id) in others)
        {
            await EndAsync(authorization, id, cancellationToken);
        }
        return others.Count;
    }

    private async Task EndAsync(object authorization, string id, CancellationToken cancellationToken)
    {
        await authorizations.TryRevokeAsync(authorization, cancellationToken);
        await tokens.RevokeByAuthorizationIdAsync(id, cancellationToken);
    }

    private async Task<string?> ClientIdOfAsync(object authorization, CancellationToken cancellationToken) =>
        await authorizations.GetApplicationIdAsync(authorization, cancellationToken) is { } applicationId
        && await applications.FindByIdAsync(applicationId, cancellationToken) is { } application
            ? await applications.GetClientIdAsync(application, cancellationToken)
            : null;

    private async Task<DateTimeOffset?> LastUsedAsync(string authorizationId, CancellationToken cancellationToken)
    {
        DateTimeOffset? last = null;
        await foreach (var token in tokens.FindByAuthorizationIdAsync(authorizationId, cancellationToken))
        {
            if (await tokens.GetCreationDateAsync(token, cancellationToken) is { } created && (last is null || created > last))
            {
                last = created;
            }
        }
        return last;
    }
}
