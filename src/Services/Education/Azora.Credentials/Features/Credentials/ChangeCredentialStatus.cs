using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Credentials.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Credentials.Features.Credentials;

internal sealed record StatusChangeRequest([StringLength(500)] string? Reason = null);

internal sealed record CredentialStatusResponse(Guid Id, bool Revoked, bool Suspended, DateTimeOffset? StatusChangedAt);

/// <summary>
/// The issuer (a platform-admin) revokes, suspends or reinstates a credential; the status lists change at once and
/// each change goes to the audit log in the same transaction. Revocation is final.
/// </summary>
internal static class ChangeCredentialStatus
{
    public static void Map(IEndpointRouteBuilder credentials)
    {
        credentials.MapPost("/{id:guid}/revoke", (Guid id, StatusChangeRequest? request, ClaimsPrincipal caller, CredentialsOutbox outbox, TimeProvider clock, CancellationToken ct) =>
                ChangeAsync(id, request, caller, outbox, clock, "credential.revoked", ct))
            .WithName("RevokeCredential")
            .WithSummary("Revoke a credential for good: verification reports it revoked from now on.");
        credentials.MapPost("/{id:guid}/suspend", (Guid id, StatusChangeRequest? request, ClaimsPrincipal caller, CredentialsOutbox outbox, TimeProvider clock, CancellationToken ct) =>
                ChangeAsync(id, request, caller, outbox, clock, "credential.suspended", ct))
            .WithName("SuspendCredential")
            .WithSummary("Suspend a credential until it is reinstated.");
        credentials.MapPost("/{id:guid}/reinstate", (Guid id, StatusChangeRequest? request, ClaimsPrincipal caller, CredentialsOutbox outbox, TimeProvider clock, CancellationToken ct) =>
                ChangeAsync(id, request, caller, outbox, clock, "credential.reinstated", ct))
            .WithName("ReinstateCredential")
            .WithSummary("Lift a credential's suspension.");
    }

    private static async Task<Results<Ok<CredentialStatusResponse>, ProblemHttpResult, ForbidHttpResult>> ChangeAsync(
        Guid id, StatusChangeRequest? request, ClaimsPrincipal caller, CredentialsOutbox outbox, TimeProvider clock, string action, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var adminId))
        {
            return TypedResults.Forbid();
        }

        var credential = await outbox.Db.Credentials.FindAsync([id], cancellationToken);
        if (credential is null)
        {
            return CredentialProblems.NoCredential();
        }

        var now = clock.GetUtcNow();
        if (credential.Revoked)
        {
            return CredentialProblems.Conflict("The credential is revoked; revocation is final.");
        }

        switch (action)
        {
            case "credential.revoked":
                credential.Revoke(now);
                break;
            case "credential.suspended" when credential.Suspended:
                return CredentialProblems.Conflict("The credential is already suspended.");
            case "credential.suspended":
                credential.Suspend(now);
                break;
            case "credential.reinstated" when !credential.Suspended:
                return CredentialProblems.Conflict("The credential is not suspended.");
            default:
                credential.Reinstate(now);
                break;
        }

        if (!await outbox.TryCommitAsync(cancellationToken, CredentialAudit.StatusChanged(action, id, adminId, now, request?.Reason)))
        {
            return CredentialProblems.Conflict("The credential's status changed at the same moment; nothing was changed. Read it again.");
        }

        return TypedResults.Ok(new CredentialStatusResponse(credential.Id, credential.Revoked, credential.Suspended, credential.StatusChangedAt));
    }
}
