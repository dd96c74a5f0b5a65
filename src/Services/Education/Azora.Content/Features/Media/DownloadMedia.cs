using Azora.Content.Data;
using Azora.Content.Domain;
using Azora.Content.Media;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Azora.Content.Features.Media;

/// <summary>Streams an uploaded file to any signed-in user, with range requests for video seeking.</summary>
internal static class DownloadMedia
{
    public static void Map(IEndpointRouteBuilder media) =>
        media.MapGet("/{hash}", HandleAsync)
            .WithName("DownloadMedia")
            .WithSummary("Stream an uploaded file by its SHA-256.");

    private static async Task<Results<PhysicalFileHttpResult, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string hash, HttpResponse response, ContentDbContext db, MediaStore store, CancellationToken cancellationToken)
    {
        if (!MediaAsset.IsHash(hash))
        {
            return ContentProblems.Field("hash", "A media hash is 64 lower-case hexadecimal digits.");
        }
        var asset = await db.Media.AsNoTracking().SingleOrDefaultAsync(m => m.Hash == hash, cancellationToken);
        var path = store.PathOf(hash);
        if (asset is null || !File.Exists(path))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No uploaded media has this hash.");
        }

        // The content behind a hash never changes.
        response.Headers.CacheControl = "private, max-age=31536000, immutable";
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.PhysicalFile(path, asset.MediaType, entityTag: new EntityTagHeaderValue($"\"{hash}\""), enableRangeProcessing: true);
    }
}
