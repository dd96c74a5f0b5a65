using System.Net;
using System.Text.Json;
using Azora.Testing;
using static Azora.Content.Tests.Authoring;

namespace Azora.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed class VersionLifecycleTests(ContentFixture fixture)
{
    [Fact]
    public async Task A_lesson_goes_from_draft_through_review_to_published_and_learners_read_the_published_version()
    {
        using var author = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var id = await CreateAsync(author, "# Halves\n\nOne of two equal parts.");

        Assert.Equal(new Dictionary<int, string> { [1] = "draft" }, await StatesAsync(author, id));
        Assert.Equal(HttpStatusCode.NotFound, (await learner.GetAsync($"/api/items/{id}/published")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(author, id, 1)).StatusCode);
        Assert.Equal("in-review", (await StatesAsync(author, id))[1]);
        Assert.Equal(HttpStatusCode.OK, (await PublishAsync(author, id, 1)).StatusCode);

        var published = await PublishedAsync(learner, id);
        Assert.Equal(1, published.GetProperty("version").GetInt32());
        Assert.Contains("<h1>Halves</h1>", published.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, published.GetProperty("markdown").ValueKind);
        Assert.Equal("# Halves\n\nOne of two equal parts.", (await PublishedAsync(author, id)).GetProperty("markdown").GetString());
    }

    [Fact]
    public async Task Editing_adds_a_draft_while_learners_keep_reading_the_published_version_until_the_next_publication()
    {
        using var author = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var id = await CreateAsync(author, "First text.");
        await ReleaseAsync(author, id, 1);

        var second = await EditAsync(author, id, "Second text.");

        Assert.Equal(2, second);
        Assert.Contains("First text.", (await PublishedAsync(learner, id)).GetProperty("html").GetString(), StringComparison.Ordinal);
        await ReleaseAsync(author, id, 2);
        Assert.Contains("Second text.", (await PublishedAsync(learner, id)).GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Equal(new Dictionary<int, string> { [1] = "retired", [2] = "published" }, await StatesAsync(author, id));
    }

    [Fact]
    public async Task A_new_edit_supersedes_the_draft_or_review_it_replaces_and_that_version_can_no_longer_move()
    {
        using var author = fixture.NewInstructor();
        var id = await CreateAsync(author, "v1");
        await SubmitAsync(author, id, 1);

        await EditAsync(author, id, "v2");

        Assert.Equal(new Dictionary<int, string> { [1] = "superseded", [2] = "draft" }, await StatesAsync(author, id));
        await Problems.AssertProblemAsync(await PublishAsync(author, id, 1), HttpStatusCode.Conflict);
        await Problems.AssertProblemAsync(await SubmitAsync(author, id, 1), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Only_a_reviewed_version_is_published_and_a_reviewer_can_send_it_back_to_draft()
    {
        using var author = fixture.NewInstructor();
        var id = await CreateAsync(author, "Needs review.");

        await Problems.AssertProblemAsync(await PublishAsync(author, id, 1), HttpStatusCode.Conflict);
        await SubmitAsync(author, id, 1);
        var returned = await author.PostAsync($"/api/items/{id}/versions/1/return", null);

        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal("draft", (await StatesAsync(author, id))[1]);
        await Problems.AssertProblemAsync(await PublishAsync(author, id, 1), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Rollback_makes_an_earlier_versions_content_the_new_draft_and_keeps_the_whole_history()
    {
        using var author = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var id = await CreateAsync(author, "The good text.");
        await ReleaseAsync(author, id, 1);
        await EditAsync(author, id, "A mistake.");
        await ReleaseAsync(author, id, 2);

        var rollback = await author.PostAsync($"/api/items/{id}/versions/1/rollback", null);
        var draft = JsonDocument.Parse(await rollback.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, rollback.StatusCode);
        Assert.Equal(3, draft.GetProperty("number").GetInt32());
        Assert.Equal(1, draft.GetProperty("restoredFrom").GetInt32());
        var version3 = JsonDocument.Parse(await author.GetStringAsync($"/api/items/{id}/versions/3")).RootElement;
        Assert.Equal("The good text.", version3.GetProperty("markdown").GetString());
        Assert.Equal(new Dictionary<int, string> { [1] = "retired", [2] = "published", [3] = "draft" }, await StatesAsync(author, id));

        // Learners read version 2 until the restored content is itself reviewed and published.
        Assert.Contains("A mistake.", (await PublishedAsync(learner, id)).GetProperty("html").GetString(), StringComparison.Ordinal);
        await ReleaseAsync(author, id, 3);
        var published = await PublishedAsync(learner, id);
        Assert.Equal(3, published.GetProperty("version").GetInt32());
        Assert.Contains("The good text.", published.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Equal("The good text.", JsonDocument.Parse(await author.GetStringAsync($"/api/items/{id}/versions/1")).RootElement.GetProperty("markdown").GetString());
    }

    [Fact]
    public async Task Simultaneous_edits_each_either_add_a_version_or_are_told_to_retry_and_never_collide()
    {
        using var author = fixture.NewInstructor();
        var id = await CreateAsync(author, "v1");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(author, $"/api/items/{id}/draft", new { markdown = $"edit {i}" })));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var added = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
        var states = await StatesAsync(author, id);
        Assert.Equal(1 + added, states.Count);
        Assert.Equal(Enumerable.Range(1, 1 + added), states.Keys.Order());
        Assert.Single(states, s => s.Value == "draft");
    }

    [Fact]
    public async Task Timestamps_come_from_the_clock()
    {
        using var author = fixture.NewInstructor();
        var id = await CreateAsync(author, "Timed.");
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        var submittedAt = fixture.Clock.GetUtcNow();

        await SubmitAsync(author, id, 1);

        var version = (await ItemAsync(author, id)).GetProperty("versions")[0];
        Assert.Equal(submittedAt, version.GetProperty("submittedAt").GetDateTimeOffset());
        Assert.True(version.GetProperty("createdAt").GetDateTimeOffset() < submittedAt);
    }
}
