using Azora.Content.Domain;

namespace Azora.Content.Tests;

public sealed class ContentItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Author = Guid.CreateVersion7();

    private static ContentItem Lesson(string markdown = "v1") => ContentItem.Create(Author, ContentKind.Lesson, "  Title  ", markdown, [], Now);

    [Fact]
    public void A_new_item_has_one_draft_version_and_nothing_published()
    {
        var item = Lesson();

        Assert.Equal("Title", item.Title);
        Assert.Equal(1, item.LatestVersion);
        Assert.Equal(VersionState.Draft, item.Latest.State);
        Assert.Null(item.Published);
    }

    [Fact]
    public void Publishing_retires_the_version_published_before()
    {
        var item = Lesson();
        Assert.Null(item.Submit(item.Version(1)!, Now));
        Assert.Null(item.Publish(item.Version(1)!, Now));
        var second = item.Edit("v2", Author, Now);
        Assert.Null(item.Submit(second, Now));
        Assert.Null(item.Publish(second, Now));

        Assert.Equal(VersionState.Retired, item.Version(1)!.State);
        Assert.Equal(2, item.PublishedVersion);
        Assert.Single(item.Versions, v => v.State == VersionState.Published);
    }

    [Fact]
    public void An_edit_supersedes_only_the_open_version_never_the_published_one()
    {
        var item = Lesson();
        item.Submit(item.Version(1)!, Now);
        item.Publish(item.Version(1)!, Now);
        var draft = item.Edit("v2", Author, Now);

        item.Edit("v3", Author, Now);

        Assert.Equal(VersionState.Published, item.Version(1)!.State);
        Assert.Equal(VersionState.Superseded, draft.State);
        Assert.Equal(VersionState.Draft, item.Version(3)!.State);
    }

    [Fact]
    public void Rollback_copies_content_into_a_new_draft_and_remembers_its_source()
    {
        var item = Lesson("original");
        item.Edit("changed", Author, Now);

        var restored = item.RollBackTo(item.Version(1)!, Author, Now);

        Assert.Equal(3, restored.Number);
        Assert.Equal("original", restored.Markdown);
        Assert.Equal(1, restored.RestoredFrom);
        Assert.Equal("changed", item.Version(2)!.Markdown);
    }

    [Fact]
    public void Wrong_transitions_are_refused_with_a_reason_and_change_nothing()
    {
        var item = Lesson();

        Assert.NotNull(item.Publish(item.Version(1)!, Now));
        Assert.NotNull(item.ReturnToDraft(item.Version(1)!, Now));
        Assert.Null(item.Submit(item.Version(1)!, Now));
        Assert.NotNull(item.Submit(item.Version(1)!, Now));
        Assert.Equal(VersionState.InReview, item.Version(1)!.State);
        Assert.Null(item.PublishedVersion);
    }

    [Fact]
    public void Tags_normalize_to_one_spelling_and_refuse_bad_ones()
    {
        Assert.Equal(["algebra", "grade-9"], ItemTag.Normalize(["Algebra ", "grade-9", "ALGEBRA"], out _));
        Assert.Null(ItemTag.Normalize(["two words"], out var problem));
        Assert.NotNull(problem);
        Assert.Null(ItemTag.Normalize(Enumerable.Range(0, ItemTag.MaxPerItem + 1).Select(i => $"t{i}"), out _));
    }

    [Fact]
    public void Retagging_keeps_tags_that_stay_and_drops_the_rest()
    {
        var item = ContentItem.Create(Author, ContentKind.Lesson, "t", "", ["a", "b"], Now);

        item.Retag(["b", "c"], Now);

        Assert.Equal(["b", "c"], item.Tags.Select(t => t.Name).Order(StringComparer.Ordinal));
    }
}
