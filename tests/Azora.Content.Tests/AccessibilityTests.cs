using System.Net;
using Azora.Testing;
using static Azora.Content.Tests.Authoring;
using static Azora.Content.Tests.MediaFiles;

namespace Azora.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed class AccessibilityTests(ContentFixture fixture)
{
    [Fact]
    public async Task Publishing_is_refused_naming_each_image_without_alt_text_and_each_video_without_captions_then_succeeds_once_fixed()
    {
        using var author = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var diagram = await UploadedAsync(author, Png(), "image/png");
        var chart = await UploadedAsync(author, Png(), "image/png");
        var lecture = await UploadedAsync(author, Mp4(), "video/mp4");
        var captions = await UploadedAsync(author, WebVtt(), "text/vtt");
        var id = await CreateAsync(author, $"![](media:{diagram})\n\n![A bar chart](media:{chart})\n\n![Lecture one](media:{lecture})\n");
        await SubmitAsync(author, id, 1);

        var refused = await PublishAsync(author, id, 1);

        var problem = await Problems.AssertProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors");
        Assert.Equal(["images[0]", "videos[0]"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains(diagram, errors.GetProperty("images[0]")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("alt text", errors.GetProperty("images[0]")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(lecture, errors.GetProperty("videos[0]")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("captions", errors.GetProperty("videos[0]")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("in-review", (await StatesAsync(author, id))[1]);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/api/items/{id}/published")).StatusCode);

        var fixedVersion = await EditAsync(author, id,
            $"![A labelled diagram](media:{diagram})\n\n![A bar chart](media:{chart})\n\n![Lecture one](media:{lecture}){{captions=media:{captions} srclang=en}}\n");
        await ReleaseAsync(author, id, fixedVersion);

        var html = (await PublishedAsync(learner, id)).GetProperty("html").GetString()!;
        Assert.Contains($"<img src=\"/azora-content/api/media/{diagram}\" alt=\"A labelled diagram\">", html, StringComparison.Ordinal);
        Assert.Contains($"<video controls=\"\" preload=\"metadata\" src=\"/azora-content/api/media/{lecture}\" title=\"Lecture one\">", html, StringComparison.Ordinal);
        Assert.Contains($"<track kind=\"captions\" src=\"/azora-content/api/media/{captions}\" srclang=\"en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_images_without_alt_text_are_two_problems()
    {
        using var author = fixture.NewInstructor();
        var first = await UploadedAsync(author, Png(), "image/png");
        var second = await UploadedAsync(author, Png(), "image/png");
        var id = await CreateAsync(author, $"![](media:{first}) and ![ ](media:{second})");
        await SubmitAsync(author, id, 1);

        var problem = await Problems.AssertProblemAsync(await PublishAsync(author, id, 1), HttpStatusCode.UnprocessableEntity);

        var errors = problem.GetProperty("errors");
        Assert.Contains(first, errors.GetProperty("images[0]")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(second, errors.GetProperty("images[1]")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Media_references_must_name_uploaded_files_of_a_fitting_kind()
    {
        using var author = fixture.NewInstructor();
        var image = await UploadedAsync(author, Png(), "image/png");
        var captions = await UploadedAsync(author, WebVtt(), "text/vtt");
        var unknown = new string('0', 64);

        var missing = await TryCreateLessonAsync(author, $"![x](media:{unknown})");
        var captionsAsImage = await TryCreateLessonAsync(author, $"![x](media:{captions})");
        var imageAsCaptions = await TryCreateLessonAsync(author, $"![x](media:{image}){{captions=media:{image}}}");
        var malformed = await TryCreateLessonAsync(author, "![x](media:abc)");

        Assert.Contains(await Problems.AssertFieldErrorAsync(missing, "markdown"), m => m.Contains(unknown, StringComparison.Ordinal));
        Assert.Contains(await Problems.AssertFieldErrorAsync(captionsAsImage, "markdown"), m => m.Contains("captions file", StringComparison.Ordinal));
        Assert.Contains(await Problems.AssertFieldErrorAsync(imageAsCaptions, "markdown"), m => m.Contains("not a WebVTT", StringComparison.Ordinal));
        Assert.Contains(await Problems.AssertFieldErrorAsync(malformed, "markdown"), m => m.Contains("Line 1", StringComparison.Ordinal));
    }
}

