using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.Content.Tests;

/// <summary>The authoring calls tests repeat: create, edit, submit, publish, read.</summary>
internal static class Authoring
{
    public static async Task<Guid> CreateAsync(HttpClient author, string markdown, string kind = "lesson", string title = "Fractions", string[]? tags = null)
    {
        var response = await author.PostAsJsonAsync("/api/items", new { title, kind, markdown, tags = tags ?? [] });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("item").GetProperty("id").GetGuid();
    }

    /// <summary>Posts a new lesson and returns the response, whatever it is.</summary>
    public static Task<HttpResponseMessage> TryCreateLessonAsync(HttpClient author, string markdown) =>
        author.PostAsJsonAsync("/api/items", new { title = "Lesson", kind = "lesson", markdown });

    public static async Task<int> EditAsync(HttpClient author, Guid id, string markdown)
    {
        var response = await author.PutAsJsonAsync($"/api/items/{id}/draft", new { markdown });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("number").GetInt32();
    }

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient author, Guid id, int version) =>
        author.PostAsync($"/api/items/{id}/versions/{version}/submit", null);

    public static Task<HttpResponseMessage> PublishAsync(HttpClient author, Guid id, int version) =>
        author.PostAsync($"/api/items/{id}/versions/{version}/publish", null);

    /// <summary>Submits and publishes a version, asserting both succeed.</summary>
    public static async Task ReleaseAsync(HttpClient author, Guid id, int version)
    {
        var submitted = await SubmitAsync(author, id, version);
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        var published = await PublishAsync(author, id, version);
        Assert.True(published.StatusCode == HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> ItemAsync(HttpClient author, Guid id) =>
        await author.GetFromJsonAsync<JsonElement>($"/api/items/{id}");

    public static async Task<JsonElement> PublishedAsync(HttpClient reader, Guid id)
    {
        var response = await reader.GetAsync($"/api/items/{id}/published");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Each version's state, by number.</summary>
    public static async Task<Dictionary<int, string>> StatesAsync(HttpClient author, Guid id) =>
        (await ItemAsync(author, id)).GetProperty("versions").EnumerateArray()
            .ToDictionary(v => v.GetProperty("number").GetInt32(), v => v.GetProperty("state").GetString()!);
}
