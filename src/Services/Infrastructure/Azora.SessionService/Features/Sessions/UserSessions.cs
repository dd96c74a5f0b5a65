using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Azora.SessionService.Features.Sessions;

/// <summary>A person's sessions (their valid OpenIddict authorizations); never anyone else's.</summary>
internal sealed class UserSessions(
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens,
    IOpenIddictApplicationManager applications)
{
    public const int MaxListed = 100;

    public async Task<IReadOnlyList<SessionView>> ListAsync(string subject, string? currentId, CancellationToken cancellationToken)
    {
        var sessions = new List<SessionView>();
        await foreach (var authorization in authorizations.FindBySubjectAsync(subject, cancellationToken))
        {
            if (!await authorizations.HasStatusAsync(authorization, Statuses.Valid, cancellationToken))
            {
                continue;
            }
            var id = (await authorizations.GetIdAsync(authorization, cancellationToken))!;
            sessions.Add(new SessionView(
                id,
                await ClientIdOfAsync(authorization, cancellationToken),
                await authorizations.GetCreationDateAsync(authorization, cancellationToken),
                await LastUsedAsync(id, cancellationToken),
                id == currentId));
        }
        return sessions.OrderByDescending(s => s.LastUsedAt ?? s.CreatedAt).Take(MaxListed).ToList();
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
