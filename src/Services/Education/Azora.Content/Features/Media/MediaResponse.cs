using Azora.Content.Domain;

namespace Azora.Content.Features.Media;

/// <summary>An uploaded file: reference it in markdown as <c>media:&lt;hash&gt;</c>; <see cref="Url"/> streams it.</summary>
internal sealed record MediaResponse(string Hash, string Kind, string MediaType, long Length, string Reference, string Url, DateTimeOffset UploadedAt)
{
    public static MediaResponse From(MediaAsset asset) => new(
        asset.Hash,
        asset.Kind.ToString().ToLowerInvariant(),
        asset.MediaType,
        asset.Length,
        $"media:{asset.Hash}",
        $"/api/media/{asset.Hash}",
        asset.UploadedAt);
}
