namespace Azora.Content.Domain;

/// <summary>
/// An uploaded file, named by the SHA-256 of its bytes: the same bytes uploaded twice are one asset and one file.
/// </summary>
internal sealed class MediaAsset
{
    public const int HashLength = 64;

    private MediaAsset()
    {
    }

    public string Hash { get; private set; } = "";
    public MediaKind Kind { get; private set; }
    public string MediaType { get; private set; } = "";
    public long Length { get; private set; }
    public Guid UploadedBy { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    public static MediaAsset Stored(string hash, MediaFormat format, long length, Guid uploadedBy, DateTimeOffset now) => new()
    {
        Hash = hash,
        Kind = format.Kind,
        MediaType = format.MediaType,
        Length = length,
        UploadedBy = uploadedBy,
        UploadedAt = now,
    };

    /// <summary>True for 64 lower-case hex digits, the only spelling of a hash this service hands out.</summary>
    public static bool IsHash(string? text) =>
        text is { Length: HashLength } && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
