using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.Testing;
using static Azora.Content.Tests.Authoring;

namespace Azora.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed class AuthorizationTests(ContentFixture fixture)
{
    [Fact]
    public async Task A_learner_cannot_create_list_or_author_items()
    {
        using var learner = fixture.NewLearner();
        using var author = fixture.NewInstructor();
        var id = await CreateAsync(author, "text");

        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsJsonAsync("/api/items", new { title = "t", kind = "lesson" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/api/items")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync($"/api/items/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PutAsJsonAsync($"/api/items/{id}/draft", new { markdown = "mine now" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SubmitAsync(learner, id, 1)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/api/library")).StatusCode);
    }

    [Fact]
    public async Task Another_instructor_can_neither_see_nor_change_an_item_they_do_not_own()
    {
        using var owner = fixture.NewInstructor();
        using var other = fixture.NewInstructor();
        var id = await CreateAsync(owner, "Owner's words.");
        await SubmitAsync(owner, id, 1);

        await Problems.AssertProblemAsync(await other.GetAsync($"/api/items/{id}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await other.GetAsync($"/api/items/{id}/versions/1"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await other.PutAsJsonAsync($"/api/items/{id}/draft", new { markdown = "hijacked" }), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await PublishAsync(other, id, 1), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await other.PostAsync($"/api/items/{id}/versions/1/return", null), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await other.PostAsync($"/api/items/{id}/versions/1/rollback", null), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await other.PutAsJsonAsync($"/api/items/{id}/tags", new { tags = new[] { "x" } }), HttpStatusCode.NotFound);
        Assert.DoesNotContain(id, (await other.GetFromJsonAsync<JsonElement>("/api/items")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));

        Assert.Equal(new Dictionary<int, string> { [1] = "in-review" }, await StatesAsync(owner, id));
    }

    [Fact]
    public async Task A_platform_admin_may_review_and_publish_anyones_item()
    {
        using var owner = fixture.NewInstructor();
        using var admin = fixture.AsAccount(Guid.CreateVersion7(), Roles.PlatformAdmin);
        var id = await CreateAsync(owner, "Reviewed by the admin.");
        await SubmitAsync(owner, id, 1);

        var published = await PublishAsync(admin, id, 1);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("Reviewed by the admin.", (await PublishedAsync(admin, id)).GetProperty("markdown").GetString());
    }

    [Fact]
    public async Task Learners_read_only_published_content_and_never_the_drafts()
    {
        using var owner = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var id = await CreateAsync(owner, "Published words.");
        await ReleaseAsync(owner, id, 1);
        await EditAsync(owner, id, "Secret draft words.");

        var published = await PublishedAsync(learner, id);

        Assert.DoesNotContain("Secret", published.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, published.GetProperty("markdown").ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync($"/api/items/{id}/versions/2")).StatusCode);
    }

    [Fact]
    public async Task An_anonymous_caller_gets_401_everywhere()
    {
        using var anonymous = fixture.Anonymous();
        var id = Guid.CreateVersion7();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/items", new { title = "t", kind = "lesson" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/items")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/items/{id}/published")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/library")).StatusCode);
    }

    [Fact]
    public async Task A_token_from_another_issuer_gets_401()
    {
        using var forger = new Azora.Testing.TestTokens();
        using var client = fixture.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", forger.ForAccount(Guid.CreateVersion7(), Roles.Instructor));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/items")).StatusCode);
    }
}
