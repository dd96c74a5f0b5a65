using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azora.Contracts;
using Azora.Testing;
using static Azora.Content.Tests.MediaFiles;

namespace Azora.Content.Tests;

/// <summary>Through the gateway, as browsers and the portal reach the service: the media URLs in rendered lessons resolve.</summary>
public sealed partial class GatewayTests : IAsyncLifetime
{
    private readonly TestTokens _tokens = new();
    private TestPlatform _platform = null!;

    public async Task InitializeAsync() =>
        _platform = await TestPlatform.StartAsync([ContentFixture.ServiceId, "load-balancer"], configure: _tokens.Trust);

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _tokens.Dispose();
    }

    private HttpClient GatewayAs(string role)
    {
        var client = _platform.Gateway();
        client.BaseAddress = new Uri(client.BaseAddress!, "/azora-content/");
        client.DefaultRequestHeaders.Authorization = new("Bearer", _tokens.ForAccount(Guid.CreateVersion7(), role));
        return client;
    }

    [Fact]
    public async Task A_learner_loads_a_published_lessons_image_from_the_url_in_its_html()
    {
        using var author = GatewayAs(Roles.Instructor);
        using var learner = GatewayAs(Roles.Learner);
        var png = Png();
        var upload = await UploadAsync(author, png, "image/png");
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var hash = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hash").GetString();
        var created = await author.PostAsJsonAsync("api/items", new { title = "Through the gateway", kind = "lesson", markdown = $"![A logo](media:{hash})" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("item").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await author.PostAsync($"api/items/{id}/versions/1/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await author.PostAsync($"api/items/{id}/versions/1/publish", null)).StatusCode);

        var html = (await learner.GetFromJsonAsync<JsonElement>($"api/items/{id}/published")).GetProperty("html").GetString()!;
        var src = ImageSource().Match(html).Groups["src"].Value;
        var image = await learner.GetAsync(src);

        Assert.StartsWith("/azora-content/api/media/", src, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal(png, await image.Content.ReadAsByteArrayAsync());
    }

    [GeneratedRegex("<img src=\"(?<src>[^\"]+)\"")]
    private static partial Regex ImageSource();
}
