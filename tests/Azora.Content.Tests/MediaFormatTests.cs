using System.Text;
using Azora.Content.Domain;

namespace Azora.Content.Tests;

public sealed class MediaFormatTests
{
    public static TheoryData<byte[], string> Samples => new()
    {
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "image/png" },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46], "image/jpeg" },
        { [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8], "image/webp" },
        { [0, 0, 0, 0x20, .. "ftypisom"u8, 0, 0, 2, 0], "video/mp4" },
        { [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81], "video/webm" },
        { Encoding.UTF8.GetBytes("WEBVTT\n\n00:00.000 --> 00:01.000\nHi"), "text/vtt" },
        { [0xEF, 0xBB, 0xBF, .. "WEBVTT - title\n"u8], "text/vtt" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_accepted_format_is_recognised_by_its_leading_bytes(byte[] bytes, string mediaType)
    {
        Assert.Equal(mediaType, MediaFormat.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, MediaFormat.HeaderLength)))?.MediaType);
    }

    [Theory]
    [InlineData("GIF89a and more")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("WEBVTTX not a header")]
    [InlineData("%PDF-1.7")]
    [InlineData("")]
    public void Anything_else_is_not_accepted(string text)
    {
        Assert.Null(MediaFormat.Sniff(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Declared_types_map_to_formats_with_the_common_jpg_alias()
    {
        Assert.Equal(MediaFormat.Jpeg, MediaFormat.Declared("image/jpg"));
        Assert.Equal(MediaFormat.WebVtt, MediaFormat.Declared("TEXT/VTT"));
        Assert.Null(MediaFormat.Declared("image/gif"));
    }

    [Fact]
    public void Only_lower_case_sha256_hex_is_a_media_hash()
    {
        Assert.True(MediaAsset.IsHash(new string('a', 64)));
        Assert.False(MediaAsset.IsHash(new string('A', 64)));
        Assert.False(MediaAsset.IsHash(new string('a', 63)));
        Assert.False(MediaAsset.IsHash(null));
    }
}
