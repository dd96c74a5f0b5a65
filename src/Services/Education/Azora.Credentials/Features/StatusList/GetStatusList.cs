using System.Text.Json.Nodes;
using Azora.Credentials.Domain;
using Azora.Credentials.Status;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Credentials.Features.StatusList;

/// <summary>Public: a signed BitstringStatusListCredential (revocation or suspension) as of now.</summary>
internal static class GetStatusList
{
    public static void Map(IEndpointRouteBuilder lists) =>
        lists.MapGet("/{purpose}", HandleAsync)
            .AllowAnonymous()
            .WithName("GetStatusList")
            .WithSummary("Public: the signed BitstringStatusListCredential for revocation or suspension (131,072 entries, GZIP, base64url).");

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> HandleAsync(
        string purpose, StatusLists statusLists, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!StatusPurposes.TryParse(purpose, out var statusPurpose))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The status lists are 'revocation' and 'suspension'.");
        }

        JsonObject credential = await statusLists.SignedListCredentialAsync(statusPurpose, cancellationToken);
        response.Headers.CacheControl = "public, max-age=60";
        return TypedResults.Text(credential.ToJsonString(), "application/vc+ld+json");
    }
}
