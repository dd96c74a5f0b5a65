using System.Net;
using System.Net.Http.Json;
using System.Text;
using Azora.Testing;
using static Azora.Content.Tests.Authoring;

namespace Azora.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed class BadInputTests(ContentFixture fixture)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("""{"kind":"lesson"}""", "title")]
    [InlineData("""{"title":"   ","kind":"lesson"}""", "title")]
    [InlineData("""{"title":42,"kind":"lesson"}""", "title")]
    [InlineData("""{"title":"ok"}""", "kind")]
    [InlineData("""{"title":"ok","kind":"video"}""", "kind")]
    [InlineData("""{"title":"ok","kind":"lesson","markdown":["not","text"]}""", "markdown")]
    [InlineData("""{"title":"ok","kind":"lesson","tags":"one"}""", "tags")]
    [InlineData("""{"title":"ok","kind":"lesson","tags":["Bad Tag"]}""", "tags")]
    [InlineData("""{"title":"ok","kind":"lesson","markdown":"![x](media:123)"}""", "markdown")]
    public async Task A_bad_new_item_is_refused_naming_the_field_and_nothing_is_created(string json, string field)
    {
        using var author = fixture.NewInstructor();

        await Problems.AssertFieldErrorAsync(await author.PostAsync("/api/items", Json(json)), field);

        Assert.Empty((await author.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/items")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Too_long_a_title_or_markdown_is_refused_naming_the_field()
    {
        using var author = fixture.NewInstructor();

        await Problems.AssertFieldErrorAsync(await author.PostAsJsonAsync("/api/items", new { title = new string('t', 201), kind = "lesson" }), "title");
        await Problems.AssertFieldErrorAsync(
            await author.PostAsJsonAsync("/api/items", new { title = "ok", kind = "lesson", markdown = new string('m', 100_001) }), "markdown");
    }

    [Fact]
    public async Task A_body_over_the_platform_limit_is_a_413_problem()
    {
        using var author = fixture.NewInstructor();

        var response = await author.PostAsJsonAsync("/api/items", new { title = "ok", kind = "lesson", markdown = new string('m', 1_100_000) });

        await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        using var author = fixture.NewInstructor();
        var id = await CreateAsync(author, "kept");

        await Problems.AssertProblemAsync(await author.PostAsync("/api/items", Json("{\"title\": ")), HttpStatusCode.BadRequest);
        await Problems.AssertProblemAsync(await author.PutAsync($"/api/items/{id}/draft", Json("not json")), HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("""{}""", "markdown")]
    [InlineData("""{"markdown":null}""", "markdown")]
    [InlineData("""{"markdown":7}""", "markdown")]
    [InlineData("""{"markdown":"ok","title":" "}""", "title")]
    [InlineData("""{"markdown":"ok","title":false}""", "title")]
    public async Task A_bad_edit_is_refused_naming_the_field_and_makes_no_version(string json, string field)
    {
        using var author = fixture.NewInstructor();
        var id = await CreateAsync(author, "kept");

        await Problems.AssertFieldErrorAsync(await author.PutAsync($"/api/items/{id}/draft", Json(json)), field);

        Assert.Equal(new Dictionary<int, string> { [1] = "draft" }, await StatesAsync(author, id));
    }

    [Fact]
    public async Task Unknown_items_and_versions_are_404_problems()
    {
        using var author = fixture.NewInstructor();
        var id = await CreateAsync(author, "exists");
        var unknown = Guid.CreateVersion7();

        await Problems.AssertProblemAsync(await author.GetAsync($"/api/items/{unknown}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await author.GetAsync($"/api/items/{unknown}/published"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await author.PutAsJsonAsync($"/api/items/{unknown}/draft", new { markdown = "x" }), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await author.GetAsync($"/api/items/{unknown}/where-used"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await author.GetAsync($"/api/items/{id}/versions/9"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await SubmitAsync(author, id, 9), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await PublishAsync(author, id, 9), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await author.PostAsync($"/api/items/{id}/versions/9/rollback", null), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync("/api/items/not-a-guid")).StatusCode);
        Assert.Equal(new Dictionary<int, string> { [1] = "draft" }, await StatesAsync(author, id));
    }
}
