using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;

namespace Azora.Credentials.Tests.Api;

/// <summary>Its own platform, because it moves the clock.</summary>
public sealed class ShareLinkExpiryTests : IAsyncLifetime
{
    private readonly CredentialsPlatform fixture = new();

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task An_expired_share_link_no_longer_opens_the_credential()
    {
        var learner = Guid.CreateVersion7();
        var id = (await fixture.IssueAsync(learner)).GetProperty("id").GetGuid();
        using var client = fixture.As(learner, "learner");
        using var anonymous = fixture.Anonymous();
        var link = await (await client.PostAsJsonAsync($"/api/wallet/{id}/share-links", new { expiresInHours = 1 })).Content.ReadFromJsonAsync<JsonElement>();
        var token = link.GetProperty("token").GetString();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/shared/{token}")).StatusCode);
        fixture.Clock.Advance(TimeSpan.FromMinutes(61));
        await Problems.AssertProblemAsync(await anonymous.GetAsync($"/api/shared/{token}"), HttpStatusCode.NotFound);
    }
}
