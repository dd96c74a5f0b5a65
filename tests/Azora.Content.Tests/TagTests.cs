using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;
using static Azora.Content.Tests.Authoring;

namespace Azora.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed class TagTests(ContentFixture fixture)
{
    private static async Task<List<Guid>> ListAsync(HttpClient author, string query) =>
        [.. (await author.GetFromJsonAsync<JsonElement>("/api/items" + query)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    [Fact]
    public async Task Items_are_tagged_in_one_spelling_and_filtered_by_tag()
    {
        using var author = fixture.NewInstructor();
        var algebra = await CreateAsync(author, "x + 1", tags: ["Algebra", " grade-9 ", "algebra"]);
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var geometry = await CreateAsync(author, "triangles", tags: ["geometry", "grade-9"]);

        Assert.Equal(["algebra", "grade-9"], (await ItemAsync(author, algebra)).GetProperty("item").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal([algebra], await ListAsync(author, "?tag=algebra"));
        Assert.Equal([geometry, algebra], await ListAsync(author, "?tag=GRADE-9"));
        Assert.Empty(await ListAsync(author, "?tag=calculus"));
    }

    [Fact]
    public async Task Replacing_tags_changes_what_the_filter_finds_without_making_a_new_version()
    {
        using var author = fixture.NewInstructor();
        var id = await CreateAsync(author, "text", tags: ["draft-idea"]);

        var response = await author.PutAsJsonAsync($"/api/items/{id}/tags", new { tags = new[] { "ready", "physics" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await ListAsync(author, "?tag=draft-idea"));
        Assert.Equal([id], await ListAsync(author, "?tag=physics"));
        Assert.Equal(1, (await ItemAsync(author, id)).GetProperty("item").GetProperty("latestVersion").GetInt32());
    }

    [Fact]
    public async Task The_kind_filter_and_tags_combine_and_lists_page_with_a_cursor()
    {
        using var author = fixture.NewInstructor();
        var lessons = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            lessons.Add(await CreateAsync(author, $"lesson {i}", tags: ["unit-1"]));
            fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        await CreateAsync(author, "component", kind: "component", tags: ["unit-1"]);

        var first = await author.GetFromJsonAsync<JsonElement>("/api/items?tag=unit-1&kind=lesson&limit=2");
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await author.GetFromJsonAsync<JsonElement>($"/api/items?tag=unit-1&kind=lesson&limit=2&cursor={cursor}");

        var seen = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetGuid());
        Assert.Equal(Enumerable.Reverse(lessons), seen);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Theory]
    [InlineData("""{"tags":["has space"]}""")]
    [InlineData("""{"tags":["-leading"]}""")]
    [InlineData("""{"tags":[""]}""")]
    [InlineData("""{"tags":["a","b","c","d","e","f","g","h","i","j","k","l","m","n","o","p","q","r","s","t","u"]}""")]
    [InlineData("""{"tags":"algebra"}""")]
    [InlineData("""{}""")]
    public async Task A_bad_tag_list_is_refused_naming_tags_and_changes_nothing(string json)
    {
        using var author = fixture.NewInstructor();
        var id = await CreateAsync(author, "text", tags: ["kept"]);

        var response = await author.PutAsync($"/api/items/{id}/tags", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await Problems.AssertFieldErrorAsync(response, "tags");
        Assert.Equal(["kept"], (await ItemAsync(author, id)).GetProperty("item").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Theory]
    [InlineData("?tag=not%20a%20tag", "tag")]
    [InlineData("?kind=video", "kind")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?cursor=zzz", "cursor")]
    public async Task A_bad_filter_is_refused_naming_the_parameter(string query, string field)
    {
        using var author = fixture.NewInstructor();

        await Problems.AssertFieldErrorAsync(await author.GetAsync("/api/items" + query), field);
    }
}
