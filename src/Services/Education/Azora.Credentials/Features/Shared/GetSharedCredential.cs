using Azora.Credentials.Data;
using Azora.Credentials.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Credentials.Features.Shared;

/// <summary>Public: the credential behind a share link, while the link is active; expired and revoked links are 404.</summary>
internal static class GetSharedCredential
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/shared/{token}", HandleAsync)
            .AllowAnonymous()
            .WithTags("Sharing")
            .WithName("GetSharedCredential")
            .WithSummary("Public: read the signed credential a learner shared, by the link's secret token.");

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> HandleAsync(
        string token, CredentialsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var hash = ShareLink.HashOf(token);
        var link = await db.ShareLinks.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (link is null || !link.IsActive(clock.GetUtcNow()))
        {
            return CredentialProblems.NoShareLink();
        }

        var signed = await db.Credentials.AsNoTracking().Where(c => c.Id == link.CredentialId).Select(c => c.SignedJson).SingleAsync(cancellationToken);
        return TypedResults.Text(signed, "application/vc+ld+json");
    }
}
