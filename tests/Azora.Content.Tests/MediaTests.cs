using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azora.Testing;
using static Azora.Content.Tests.MediaFiles;

namespace Azora.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed class MediaTests(ContentFixture fixture)
{
    private int FilesOnDisk() => Directory.Exists(fixture.MediaDirectory) ? Directory.GetFiles(fixture.MediaDirectory).Length : 0;

    private int FilesBeingUploaded()
    {
        var incoming = Path.Combine(fixture.Platform.DataDirectory, "content", "incoming");
        return Directory.Exists(incoming) ? Directory.GetFiles(incoming).Length : 0;
    }

    [Fact]
    public async Task The_same_file_uploaded_twice_is_stored_once_under_its_sha256()
    {
        using var instructor = fixture.NewInstructor();
        using var other = fixture.NewInstructor();
        var png = Png();
        var before = FilesOnDisk();

        var first = await UploadAsync(instructor, png, "image/png");
        var second = await UploadAsync(other, png, "image/png");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var firstBody = await first.Content.ReadFromJsonAsync<JsonElement>();
        var secondBody = await second.Content.ReadFromJsonAsync<JsonElement>();
        var hash = Convert.ToHexStringLower(SHA256.HashData(png));
        Assert.Equal(hash, firstBody.GetProperty("hash").GetString());
        Assert.Equal(hash, secondBody.GetProperty("hash").GetString());
        Assert.Equal("image/png", firstBody.GetProperty("mediaType").GetString());
        Assert.Equal(before + 1, FilesOnDisk());
        Assert.True(File.Exists(Path.Combine(fixture.MediaDirectory, hash)));
        Assert.Equal(png, await File.ReadAllBytesAsync(Path.Combine(fixture.MediaDirectory, hash)));
        Assert.Equal(0, FilesBeingUploaded());
    }

    [Fact]
    public async Task Any_signed_in_user_streams_the_file_back_with_its_type()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var mp4 = Mp4();
        var hash = await UploadedAsync(instructor, mp4, "video/mp4");

        var response = await learner.GetAsync($"/api/media/{hash}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(mp4, await response.Content.ReadAsByteArrayAsync());
        using var range = new HttpRequestMessage(HttpMethod.Get, $"/api/media/{hash}");
        range.Headers.Range = new RangeHeaderValue(0, 11);
        var partial = await learner.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(mp4[..12], await partial.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("application/octet-stream")]
    public async Task A_file_whose_bytes_are_no_accepted_format_is_refused_whatever_it_claims(string declared)
    {
        using var instructor = fixture.NewInstructor();
        var before = FilesOnDisk();

        var response = await UploadAsync(instructor, Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), declared, "photo.png");

        var messages = await Problems.AssertFieldErrorAsync(response, "file", HttpStatusCode.UnsupportedMediaType);
        Assert.Contains(messages, m => m.Contains("not a PNG", StringComparison.Ordinal));
        Assert.Equal(before, FilesOnDisk());
        Assert.Equal(0, FilesBeingUploaded());
    }

    [Fact]
    public async Task A_real_image_labelled_as_a_video_is_refused_as_mislabelled()
    {
        using var instructor = fixture.NewInstructor();

        var response = await UploadAsync(instructor, Png(), "video/mp4");

        var messages = await Problems.AssertFieldErrorAsync(response, "file", HttpStatusCode.UnsupportedMediaType);
        Assert.Contains(messages, m => m.Contains("declared as video/mp4", StringComparison.Ordinal) && m.Contains("image/png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Captions_in_webvtt_are_recognised_by_their_header()
    {
        using var instructor = fixture.NewInstructor();

        var response = await UploadAsync(instructor, WebVtt(), "text/vtt");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("captions", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_413_and_nothing_is_stored()
    {
        using var instructor = fixture.NewInstructor();
        var before = FilesOnDisk();

        var response = await UploadAsync(instructor, Png((int)ContentFixture.MaxMediaBytes + 1), "image/png");
        var atLimit = await UploadAsync(instructor, Png((int)ContentFixture.MaxMediaBytes), "image/png");

        await Problems.AssertFieldErrorAsync(response, "file", HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(HttpStatusCode.Created, atLimit.StatusCode);
        Assert.Equal(before + 1, FilesOnDisk());
        Assert.Equal(0, FilesBeingUploaded());
    }

    [Fact]
    public async Task A_body_larger_than_the_platform_default_of_one_megabyte_reaches_the_media_limit_check()
    {
        // The media limit is raised for this endpoint only; here it is set low, so check against a bigger one.
        await using var platform = await Azora.Testing.TestPlatform.StartAsync(
            [ContentFixture.ServiceId], new Dictionary<string, string?> { ["Azora:Content:MaxMediaBytes"] = (3 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            configure: fixture.Tokens.Trust);
        using var instructor = platform.Client(ContentFixture.ServiceId);
        instructor.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Tokens.ForAccount(Guid.CreateVersion7(), "instructor"));

        var response = await UploadAsync(instructor, Png(2 * 1024 * 1024), "image/png");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_request_without_a_file_part_or_not_multipart_is_refused_naming_file()
    {
        using var instructor = fixture.NewInstructor();
        using var form = new MultipartFormDataContent { { new StringContent("hello"), "note" } };

        await Problems.AssertFieldErrorAsync(await instructor.PostAsync("/api/media", form), "file");
        await Problems.AssertFieldErrorAsync(
            await instructor.PostAsync("/api/media", new StringContent("{}", Encoding.UTF8, "application/json")), "file", HttpStatusCode.UnsupportedMediaType);
        using var empty = new MultipartFormDataContent { { new ByteArrayContent([]), "file", "empty.png" } };
        await Problems.AssertFieldErrorAsync(await instructor.PostAsync("/api/media", empty), "file");
    }

    [Fact]
    public async Task A_multipart_body_that_breaks_off_is_refused_naming_file_and_leaves_nothing_behind()
    {
        using var instructor = fixture.NewInstructor();
        var before = FilesOnDisk();
        byte[] body = [.. "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n"u8, .. Png(64)];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");

        await Problems.AssertFieldErrorAsync(await instructor.PostAsync("/api/media", content), "file");

        Assert.Equal(before, FilesOnDisk());
        Assert.Equal(0, FilesBeingUploaded());
    }

    [Fact]
    public async Task Only_instructors_upload_and_only_signed_in_users_download()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        using var anonymous = fixture.Anonymous();
        var hash = await UploadedAsync(instructor, Png(), "image/png");

        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(learner, Png(), "image/png")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await UploadAsync(anonymous, Png(), "image/png")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/media/{hash}")).StatusCode);
    }

    [Fact]
    public async Task A_malformed_hash_is_a_400_naming_it_and_an_unknown_one_a_404()
    {
        using var learner = fixture.NewLearner();

        await Problems.AssertFieldErrorAsync(await learner.GetAsync("/api/media/not-a-hash"), "hash");
        await Problems.AssertProblemAsync(await learner.GetAsync($"/api/media/{new string('a', 64)}"), HttpStatusCode.NotFound);
    }
}
