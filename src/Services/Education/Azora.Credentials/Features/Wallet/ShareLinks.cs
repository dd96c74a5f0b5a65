using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Credentials.Data;
using Azora.Credentials.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Credentials.Features.Wallet;

internal sealed record CreateShareLinkRequest([Range(1, ShareLink.MaxLifetimeDays * 24)] int? ExpiresInHours = null);

internal sealed record ShareLinkResponse(Guid Id, Guid CredentialId, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, bool Active);

/// <summary>The one moment the secret token is shown: with the public URL that opens the credential.</summary>
internal sealed record CreatedShareLinkResponse(Guid Id, Guid CredentialId, DateTimeOffset ExpiresAt, string Token, string Url);

/// <summary>Share links for one of my credentials: create (expiring), list, revoke.</summary>
internal static class ShareLinks
{
    public static void Map(IEndpointRouteBuilder wallet)
    {
        wallet.MapPost("/{id:guid}/share-links", CreateAsync)
            .WithName("CreateShareLink")
            .WithSummary("Create a link that lets anyone read this credential until it expires (default 30 days) or is revoked.");
        wallet.MapGet("/{id:guid}/share-links", ListAsync)
            .WithName("ListShareLinks")
            .WithSummary("List the share links of one of my credentials, newest first.");
        wallet.MapDelete("/{id:guid}/share-links/{linkId:guid}", RevokeAsync)
            .WithName("RevokeShareLink")
            .WithSummary("Revoke a share link at once; revoking it again changes nothing.");
    }

    private static async Task<Results<Created<CreatedShareLinkResponse>, ProblemHttpResult, ForbidHttpResult>> CreateAsync(
        Guid id, CreateShareLinkRequest request, ClaimsPrincipal caller, CredentialsDbContext db, CredentialsOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var learnerId))
        {
            return TypedResults.Forbid();
        }

        if (await WalletAccess.FindOwnAsync(db, learnerId, id, cancellationToken) is null)
        {
            return CredentialProblems.NoCredential();
        }

        var now = clock.GetUtcNow();
        var lifetime = request.ExpiresInHours is { } hours ? TimeSpan.FromHours(hours) : TimeSpan.FromDays(options.DefaultShareLinkDays);
        var (link, token) = ShareLink.Create(id, learnerId, now + lifetime, now);
        db.ShareLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        var url = $"{options.PublicBaseUrl}api/shared/{token}";
        return TypedResults.Created($"/api/wallet/{id:D}/share-links/{link.Id:D}", new CreatedShareLinkResponse(link.Id, id, link.ExpiresAt, token, url));
    }

    private static async Task<Results<Ok<List<ShareLinkResponse>>, ProblemHttpResult, ForbidHttpResult>> ListAsync(
        Guid id, ClaimsPrincipal caller, CredentialsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var learnerId))
        {
            return TypedResults.Forbid();
        }

        if (await WalletAccess.FindOwnAsync(db, learnerId, id, cancellationToken) is null)
        {
            return CredentialProblems.NoCredential();
        }

        var now = clock.GetUtcNow();
        var links = await db.ShareLinks.AsNoTracking().Where(l => l.CredentialId == id).OrderByDescending(l => l.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(links.Select(l => new ShareLinkResponse(l.Id, l.CredentialId, l.CreatedAt, l.ExpiresAt, l.RevokedAt, l.IsActive(now))).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult, ForbidHttpResult>> RevokeAsync(
        Guid id, Guid linkId, ClaimsPrincipal caller, CredentialsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var learnerId))
        {
            return TypedResults.Forbid();
        }

        var link = await db.ShareLinks.SingleOrDefaultAsync(l => l.Id == linkId && l.CredentialId == id && l.OwnerId == learnerId, cancellationToken);
        if (link is null)
        {
            return CredentialProblems.NoShareLink();
        }

        link.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
