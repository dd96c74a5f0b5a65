using System.Text.Json.Nodes;
using Azora.Credentials.Issuer;
using Azora.LinkedData.JsonLd;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Azora.Credentials.Features.Issuer;

/// <summary>
/// The issuer's did:web DID document: every Ed25519 key it ever signed with, current and rotated, as Multikey
/// verification methods for assertionMethod, so that credentials signed before a rotation still verify.
/// </summary>
internal static class GetDidDocument
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/.well-known/did.json", HandleAsync)
            .AllowAnonymous()
            .WithTags("Issuer")
            .WithName("GetDidDocument")
            .WithSummary("Public: the issuer's did:web DID document listing its current and previous Ed25519 Multikey keys.")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/did+json");

    private static async Task<IResult> HandleAsync(IssuerKeyRing keys, CredentialsOptions options, CancellationToken cancellationToken)
    {
        await keys.EnsureCurrentAsync(cancellationToken);
        var methods = new JsonArray();
        var assertion = new JsonArray();
        foreach (var key in (await keys.AllAsync(cancellationToken)).OrderByDescending(k => k.IsCurrent).ThenByDescending(k => k.CreatedAt))
        {
            var id = keys.VerificationMethodOf(key);
            methods.Add(new JsonObject
            {
                ["id"] = id,
                ["type"] = "Multikey",
                ["controller"] = options.IssuerDid,
                ["publicKeyMultibase"] = key.PublicKeyMultibase,
            });
            assertion.Add(id);
        }

        var document = new JsonObject
        {
            ["@context"] = new JsonArray(BundledContextLoader.DidV1, BundledContextLoader.MultikeyV1),
            ["id"] = options.IssuerDid,
            ["verificationMethod"] = methods,
            ["assertionMethod"] = assertion,
        };
        return Results.Text(document.ToJsonString(), "application/did+json");
    }
}
