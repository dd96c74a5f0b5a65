using Azora.Content.Rendering;

namespace Azora.Content.Tests;

public sealed class LessonMarkdownTests
{
    private static readonly string Video = new('b', 64);
    private static readonly string Captions = new('c', 64);

    [Fact]
    public void Images_and_videos_are_read_with_their_alt_text_captions_and_line()
    {
        var lesson = LessonMarkdown.Parse($"Intro\n\n![A **bold** chart](media:{new string('a', 64)})\n\n![Talk](media:{Video}){{captions=media:{Captions} srclang=fr}}");

        Assert.Empty(lesson.Problems);
        Assert.Collection(lesson.Media,
            image =>
            {
                Assert.Equal("A bold chart", image.AltText);
                Assert.Equal(3, image.Line);
                Assert.Null(image.CaptionsHash);
            },
            video =>
            {
                Assert.Equal(Video, video.Hash);
                Assert.Equal(Captions, video.CaptionsHash);
                Assert.Equal("fr", video.CaptionsLanguage);
                Assert.Equal(5, video.Line);
            });
    }

    [Fact]
    public void A_component_include_alone_in_a_paragraph_is_found_with_its_place_in_the_source()
    {
        var id = Guid.CreateVersion7();
        var markdown = $"Before\n\n[Safety]( component:{id} )\n\nAfter";

        var include = Assert.Single(LessonMarkdown.Parse(markdown).Components);

        Assert.Equal(id, include.Id);
        Assert.Equal(3, include.Line);
        Assert.Equal($"[Safety]( component:{id} )", markdown[include.Start..(include.End + 1)]);
    }

    [Theory]
    [InlineData("![x](media:ABC)")]
    [InlineData("[x](component:not-a-guid)")]
    [InlineData("- [x](component:0195f0f1-7c1e-7000-8000-000000000000)")]
    [InlineData("![x](media:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa){captions=https://example.org/x.vtt}")]
    public void Malformed_references_are_problems_that_name_the_line(string markdown)
    {
        var lesson = LessonMarkdown.Parse(markdown);

        Assert.Contains(lesson.Problems, p => p.StartsWith("Line 1:", StringComparison.Ordinal));
    }

    [Fact]
    public void References_inside_code_are_just_code()
    {
        var lesson = LessonMarkdown.Parse($"```\n![x](media:ABC)\n[x](component:nope)\n```\n\n`![y](media:{Video})`");

        Assert.Empty(lesson.Media);
        Assert.Empty(lesson.Components);
        Assert.Empty(lesson.Problems);
    }
}
