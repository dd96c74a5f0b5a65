using Azora.Contracts;
using Azora.SessionService.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Azora.SessionService.Features.SigningKeys;

/// <summary>
/// <c>/api/signing-keys</c> (platform-admin): list the keys, rotate (a new key signs from now on, older ones stay
/// published so tokens already issued keep validating) and retire an old key (it leaves the JWKS).
/// </summary>
internal static class SigningKeyEndpoints
{
    public static void MapSigningKeyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var keys = endpoints.MapGroup("/api/signing-keys").WithTags("Signing keys")
            .RequireAuthorization(policy => policy.RequireRole(Roles.PlatformAdmin))
            .AddEndpointFilter<LiveTokenFilter>();

        keys.MapGet("/", async (ServerKeyStore store, CancellationToken cancellationToken) =>
            {
                var all = await store.AllAsync(cancellationToken);
                var signing = all.FirstOrDefault(k => k.RetiredAt is null)?.KeyId;
                return TypedResults.Ok(all.Select(k => new SigningKeyView(k.KeyId, k.CreatedAt, k.RetiredAt, k.KeyId == signing)).ToList());
            })
            .WithSummary("Lists the signing keys, newest first.");

        keys.MapPost("/rotate", async (ServerKeyStore store, ServerKeyConfiguration server, CancellationToken cancellationToken) =>
            {
                var key = await store.RotateAsync(cancellationToken);
                server.Reload();
                return TypedResults.Created($"/api/signing-keys/{key.KeyId}", new SigningKeyView(key.KeyId, key.CreatedAt, null, Signing: true));
            })
            .WithSummary("Creates a new signing key that signs every token from now on.");

        keys.MapPost("/{keyId}/retire", async Task<IResult> (string keyId, ServerKeyStore store, ServerKeyConfiguration server, CancellationToken cancellationToken) =>
            {
                switch (await store.RetireAsync(keyId, cancellationToken))
                {
                    case RetireOutcome.Retired:
                        server.Reload();
                        return TypedResults.NoContent();
                    case RetireOutcome.IsActive:
                        return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The signing key in use cannot be retired.",
                            detail: "Rotate first, then retire the older key.");
                    default:
                        return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such published signing key.");
                }
            })
            .WithSummary("Stops publishing an older signing key; tokens it signed stop validating.");
    }
}

internal sealed record SigningKeyView(string KeyId, DateTimeOffset CreatedAt, DateTimeOffset? RetiredAt, bool Signing);
