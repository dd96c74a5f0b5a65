using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Azora.Content.Tests;

/// <summary>Small files in each accepted format (their leading bytes are what counts) and the upload call.</summary>
internal static class MediaFiles
{
    public static byte[] Png(int length = 256) =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. RandomNumberGenerator.GetBytes(length - 8)];

    public static byte[] Mp4(int length = 512) =>
        [0x00, 0x00, 0x00, 0x18, .. "ftypmp42"u8, .. RandomNumberGenerator.GetBytes(length - 12)];

    public static byte[] WebVtt() =>
        Encoding.UTF8.GetBytes($"WEBVTT\n\n00:00.000 --> 00:02.000\nWelcome {Guid.NewGuid()}\n");

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string contentType, string fileName = "upload.bin")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await client.PostAsync("api/media", form);
    }

    /// <summary>Uploads and returns the media hash.</summary>
    public static async Task<string> UploadedAsync(HttpClient client, byte[] bytes, string contentType)
    {
        var response = await UploadAsync(client, bytes, contentType);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hash").GetString()!;
    }
}
