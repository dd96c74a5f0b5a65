using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;
using static Azora.Content.Tests.Authoring;

namespace Azora.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed class LibraryTests(ContentFixture fixture)
{
    [Fact]
    public async Task A_lesson_includes_a_published_component_by_reference_and_where_used_lists_the_lesson()
    {
        using var librarian = fixture.NewInstructor();
        using var author = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var component = await CreateAsync(librarian, "> **Safety:** wear goggles.", kind: "component", title: "Lab safety");
        await ReleaseAsync(librarian, component, 1);
        var lesson = await CreateAsync(author, $"# Titration\n\n[Lab safety](component:{component})\n\nAdd the acid slowly.");
        var unrelated = await CreateAsync(author, "No components here.");
        await ReleaseAsync(author, lesson, 1);

        var html = (await PublishedAsync(learner, lesson)).GetProperty("html").GetString()!;
        var usedBy = await librarian.GetFromJsonAsync<JsonElement>($"/api/items/{component}/where-used");

        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Safety:</strong> wear goggles.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("component:", html, StringComparison.Ordinal);
        var user = Assert.Single(usedBy.EnumerateArray());
        Assert.Equal(lesson, user.GetProperty("itemId").GetGuid());
        Assert.NotEqual(unrelated, user.GetProperty("itemId").GetGuid());
    }

    [Fact]
    public async Task A_new_published_version_of_a_component_shows_in_every_lesson_that_includes_it()
    {
        using var author = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var component = await CreateAsync(author, "Old footer.", kind: "component");
        await ReleaseAsync(author, component, 1);
        var first = await CreateAsync(author, $"[footer](component:{component})");
        var second = await CreateAsync(author, $"Intro\n\n[footer](component:{component})");
        await ReleaseAsync(author, first, 1);
        await ReleaseAsync(author, second, 1);

        await ReleaseAsync(author, component, await EditAsync(author, component, "New footer."));

        Assert.Contains("New footer.", (await PublishedAsync(learner, first)).GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains("New footer.", (await PublishedAsync(learner, second)).GetProperty("html").GetString(), StringComparison.Ordinal);
        var usedBy = await author.GetFromJsonAsync<JsonElement>($"/api/items/{component}/where-used");
        Assert.Equal(new[] { first, second }.Order(), usedBy.EnumerateArray().Select(u => u.GetProperty("itemId").GetGuid()).Order());
    }

    [Fact]
    public async Task Where_used_follows_edits_that_remove_the_include_once_the_version_that_had_it_is_no_longer_published()
    {
        using var author = fixture.NewInstructor();
        var component = await CreateAsync(author, "Shared.", kind: "component");
        await ReleaseAsync(author, component, 1);
        var lesson = await CreateAsync(author, $"[shared](component:{component})");

        await EditAsync(author, lesson, "Nothing shared any more.");

        Assert.Empty((await author.GetFromJsonAsync<JsonElement>($"/api/items/{component}/where-used")).EnumerateArray());
    }

    [Fact]
    public async Task A_lesson_cannot_be_published_while_an_included_component_is_unpublished()
    {
        using var author = fixture.NewInstructor();
        var component = await CreateAsync(author, "Draft only.", kind: "component");
        var lesson = await CreateAsync(author, $"Intro\n\n[draft](component:{component})");
        await SubmitAsync(author, lesson, 1);

        var problem = await Problems.AssertProblemAsync(await PublishAsync(author, lesson, 1), HttpStatusCode.UnprocessableEntity);

        Assert.Contains(component.ToString(), problem.GetProperty("errors").GetProperty("components[0]")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Includes_must_name_an_existing_component_alone_in_its_paragraph_and_components_do_not_nest()
    {
        using var author = fixture.NewInstructor();
        var component = await CreateAsync(author, "A component.", kind: "component");
        var lesson = await CreateAsync(author, "A lesson.");

        var unknown = await TryCreateLessonAsync(author, $"[x](component:{Guid.CreateVersion7()})");
        var aLesson = await TryCreateLessonAsync(author, $"[x](component:{lesson})");
        var inline = await TryCreateLessonAsync(author, $"Text before [x](component:{component}) and after.");
        var nested = await author.PutAsJsonAsync($"/api/items/{component}/draft", new { markdown = $"[x](component:{component})" });

        Assert.Contains(await Problems.AssertFieldErrorAsync(unknown, "markdown"), m => m.Contains("no library component", StringComparison.Ordinal));
        Assert.Contains(await Problems.AssertFieldErrorAsync(aLesson, "markdown"), m => m.Contains("is a lesson", StringComparison.Ordinal));
        Assert.Contains(await Problems.AssertFieldErrorAsync(inline, "markdown"), m => m.Contains("alone", StringComparison.Ordinal));
        Assert.Contains(await Problems.AssertFieldErrorAsync(nested, "markdown"), m => m.Contains("cannot include", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_library_lists_published_components_of_every_author_by_tag()
    {
        using var author = fixture.NewInstructor();
        using var other = fixture.NewInstructor();
        var tag = $"lib-{Guid.NewGuid():N}"[..20];
        var published = await CreateAsync(author, "Reusable.", kind: "component", tags: [tag]);
        await ReleaseAsync(author, published, 1);
        await CreateAsync(author, "Not yet.", kind: "component", tags: [tag]);
        await CreateAsync(author, "A lesson.", tags: [tag]);

        var page = await other.GetFromJsonAsync<JsonElement>($"/api/library?tag={tag}");

        Assert.Equal(published, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Where_used_is_for_the_components_author_only()
    {
        using var author = fixture.NewInstructor();
        using var other = fixture.NewInstructor();
        var component = await CreateAsync(author, "Mine.", kind: "component");

        await Problems.AssertProblemAsync(await other.GetAsync($"/api/items/{component}/where-used"), HttpStatusCode.NotFound);
    }
}
