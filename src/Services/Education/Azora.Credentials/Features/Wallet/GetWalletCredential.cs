using System.Security.Claims;
using Azora.Credentials.Data;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Credentials.Features.Wallet;

/// <summary>One of my credentials, and its download as a file (signed JSON-LD, or the VC-JWT).</summary>
internal static class GetWalletCredential
{
    public static void Map(IEndpointRouteBuilder wallet)
    {
        wallet.MapGet("/{id:guid}", GetAsync)
            .WithName("GetWalletCredential")
            .WithSummary("Read one of my credentials with its signed JSON and VC-JWT.");
        wallet.MapGet("/{id:guid}/download", DownloadAsync)
            .WithName("DownloadWalletCredential")
            .WithSummary("Download one of my credentials: format=json (default, application/vc+ld+json) or format=jwt (application/vc+jwt).");
    }

    private static async Task<Results<Ok<WalletCredentialResponse>, ProblemHttpResult, ForbidHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal caller, CredentialsDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var learnerId))
        {
            return TypedResults.Forbid();
        }

        var credential = await WalletAccess.FindOwnAsync(db, learnerId, id, cancellationToken);
        return credential is null ? CredentialProblems.NoCredential() : TypedResults.Ok(WalletCredentialResponse.From(credential));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem, ForbidHttpResult>> DownloadAsync(
        Guid id, string? format, ClaimsPrincipal caller, CredentialsDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var learnerId))
        {
            return TypedResults.Forbid();
        }

        if (format is not (null or "json" or "jwt"))
        {
            return CredentialProblems.Invalid("format", "The format is json or jwt.");
        }

        var credential = await WalletAccess.FindOwnAsync(db, learnerId, id, cancellationToken);
        if (credential is null)
        {
            return CredentialProblems.NoCredential();
        }

        return format == "jwt"
            ? TypedResults.File(System.Text.Encoding.ASCII.GetBytes(credential.Jwt), "application/vc+jwt", $"credential-{id:D}.jwt")
            : TypedResults.File(System.Text.Encoding.UTF8.GetBytes(credential.SignedJson), "application/vc+ld+json", $"credential-{id:D}.json");
    }
}
