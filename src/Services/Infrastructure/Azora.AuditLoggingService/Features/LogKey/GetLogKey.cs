using Azora.AuditLoggingService.Data;
using Azora.AuditLoggingService.Domain;
using Azora.AuditLoggingService.Log;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.AuditLoggingService.Features.LogKey;

internal sealed record LogKeyResponse(string Algorithm, string PublicKey, string KeyId, string SignedTreeHeadLayout);

/// <summary>The log's public key, for anyone to check signed tree heads without trusting Azora.</summary>
internal static class GetLogKey
{
    public static void Map(IEndpointRouteBuilder log) =>
        log.MapGet("/key", HandleAsync)
            .AllowAnonymous()
            .WithName("GetLogKey")
            .WithSummary("The Ed25519 public key (hex) that signs tree heads, and the signed byte layout.");

    private static async Task<Ok<LogKeyResponse>> HandleAsync(AuditDbContext db, LogSigner signer, CancellationToken cancellationToken)
    {
        var publicKey = await signer.PublicKeyAsync(db, cancellationToken);
        return TypedResults.Ok(new LogKeyResponse("Ed25519", Convert.ToHexStringLower(publicKey), Convert.ToHexStringLower(LogSigner.KeyIdOf(publicKey)), TreeHead.SignedLayout));
    }
}
