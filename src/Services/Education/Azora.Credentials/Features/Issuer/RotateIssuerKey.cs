using System.Security.Claims;
using Azora.Credentials.Issuer;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Credentials.Features.Issuer;

internal sealed record IssuerKeyResponse(string VerificationMethod, string PublicKeyMultibase, DateTimeOffset CreatedAt);

/// <summary>A platform-admin rotates the issuer key: new credentials use a new key, the old one stays in the DID document.</summary>
internal static class RotateIssuerKey
{
    public static void Map(IEndpointRouteBuilder issuer) =>
        issuer.MapPost("/keys/rotate", HandleAsync)
            .WithName("RotateIssuerKey")
            .WithSummary("Retire the current issuer key and sign from now on with a new one; old credentials keep verifying.");

    private static async Task<Results<Ok<IssuerKeyResponse>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        ClaimsPrincipal caller, IssuerKeyRing keys, IssuerKeyCache keyCache, CredentialsOutbox outbox, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var adminId))
        {
            return TypedResults.Forbid();
        }

        // Retiring the old key and adding the new one commit together, with the audit event, or not at all.
        await using var transaction = await outbox.BeginAsync(cancellationToken);
        var key = await keys.RotateAsync(cancellationToken);
        var method = keys.VerificationMethodOf(key);
        if (!await outbox.TryCommitAsync(cancellationToken, CredentialAudit.KeyRotated(method, adminId, clock.GetUtcNow())))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Another rotation happened at the same moment; nothing was changed.");
        }

        // The key verifications remembered as current is retired now.
        keyCache.ForgetCurrent();
        return TypedResults.Ok(new IssuerKeyResponse(method, key.PublicKeyMultibase, key.CreatedAt));
    }
}
