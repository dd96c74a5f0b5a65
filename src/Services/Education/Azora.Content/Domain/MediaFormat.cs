namespace Azora.Content.Domain;

/// <summary>
/// The file formats the service accepts, recognised by their leading bytes (magic numbers) rather than by what the
/// uploader says they are: PNG, JPEG, WebP, MP4, WebM and WebVTT captions.
/// </summary>
internal sealed record MediaFormat(MediaKind Kind, string MediaType)
{
    /// <summary>How many leading bytes <see cref="Sniff"/> needs to see.</summary>
    public const int HeaderLength = 16;

    public static readonly MediaFormat Png = new(MediaKind.Image, "image/png");
    public static readonly MediaFormat Jpeg = new(MediaKind.Image, "image/jpeg");
    public static readonly MediaFormat WebP = new(MediaKind.Image, "image/webp");
    public static readonly MediaFormat Mp4 = new(MediaKind.Video, "video/mp4");
    public static readonly MediaFormat WebM = new(MediaKind.Video, "video/webm");
    public static readonly MediaFormat WebVtt = new(MediaKind.Captions, "text/vtt");

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> EbmlSignature => [0x1A, 0x45, 0xDF, 0xA3];
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static IReadOnlyList<MediaFormat> All { get; } = [Png, Jpeg, WebP, Mp4, WebM, WebVtt];

    /// <summary>The format the bytes are in, or null when they are none of the accepted ones.</summary>
    public static MediaFormat? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(PngSignature))
        {
            return Png;
        }
        if (header.StartsWith(JpegSignature))
        {
            return Jpeg;
        }
        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }
        if (header.Length >= 12 && header[4..8].SequenceEqual("ftyp"u8))
        {
            return Mp4;
        }
        if (header.StartsWith(EbmlSignature))
        {
            return WebM;
        }
        return IsWebVtt(header) ? WebVtt : null;
    }

    /// <summary>The accepted format an uploader's declared content type names, or null when it names none of them.</summary>
    public static MediaFormat? Declared(string mediaType) => mediaType.Trim().ToLowerInvariant() switch
    {
        "image/jpg" => Jpeg,
        var type => All.FirstOrDefault(format => format.MediaType == type),
    };

    // WEBVTT, optionally after a UTF-8 byte order mark, then the end of the file, a space, a tab or a line break.
    private static bool IsWebVtt(ReadOnlySpan<byte> header)
    {
        var text = header.StartsWith(Utf8ByteOrderMark) ? header[3..] : header;
        if (!text.StartsWith("WEBVTT"u8))
        {
            return false;
        }
        return text.Length == 6 || text[6] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';
    }
}
