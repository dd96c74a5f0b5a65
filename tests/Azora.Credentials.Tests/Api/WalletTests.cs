using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;

namespace Azora.Credentials.Tests.Api;

public sealed class WalletTests(CredentialsPlatform fixture) : IClassFixture<CredentialsPlatform>
{
    [Fact]
    public async Task A_learner_lists_reads_and_downloads_only_their_own_credentials()
    {
        var alice = Guid.CreateVersion7();
        var first = await fixture.IssueAsync(alice);
        // Ids are time-ordered: the second credential is issued a moment later.
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await fixture.IssueAsync(alice);
        var bobs = await fixture.IssueAsync(Guid.CreateVersion7());
        using var client = fixture.As(alice, "learner");

        var page = await client.GetFromJsonAsync<JsonElement>("/api/wallet?limit=1");
        var next = await client.GetFromJsonAsync<JsonElement>($"/api/wallet?limit=1&cursor={page.GetProperty("nextCursor").GetString()}");
        var json = await client.GetAsync($"/api/wallet/{first.GetProperty("id").GetGuid()}/download");
        var jwt = await client.GetAsync($"/api/wallet/{first.GetProperty("id").GetGuid()}/download?format=jwt");

        Assert.Equal(second.GetProperty("id").GetGuid(), page.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(first.GetProperty("id").GetGuid(), next.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, next.GetProperty("nextCursor").ValueKind);
        Assert.Equal("application/vc+ld+json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal(first.GetProperty("credential").GetProperty("proof").GetProperty("proofValue").GetString(),
            JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.GetProperty("proof").GetProperty("proofValue").GetString());
        Assert.Equal(first.GetProperty("jwt").GetString(), await jwt.Content.ReadAsStringAsync());
        await Problems.AssertProblemAsync(await client.GetAsync($"/api/wallet/{bobs.GetProperty("id").GetGuid()}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await client.GetAsync($"/api/wallet/{bobs.GetProperty("id").GetGuid()}/download"), HttpStatusCode.NotFound);
        await Problems.AssertFieldErrorAsync(await client.GetAsync($"/api/wallet/{first.GetProperty("id").GetGuid()}/download?format=pdf"), "format");
        await Problems.AssertFieldErrorAsync(await client.GetAsync("/api/wallet?limit=0"), "limit");
    }

    [Fact]
    public async Task An_anonymous_caller_cannot_open_a_wallet()
    {
        using var anonymous = fixture.Anonymous();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/wallet")).StatusCode);
    }

    [Fact]
    public async Task A_share_link_opens_the_credential_until_it_is_revoked()
    {
        var learner = Guid.CreateVersion7();
        var issued = await fixture.IssueAsync(learner);
        var id = issued.GetProperty("id").GetGuid();
        using var client = fixture.As(learner, "learner");
        using var anonymous = fixture.Anonymous();

        var created = await client.PostAsJsonAsync($"/api/wallet/{id}/share-links", new { expiresInHours = 48 });
        var link = await created.Content.ReadFromJsonAsync<JsonElement>();
        var token = link.GetProperty("token").GetString();
        var shared = await anonymous.GetAsync($"/api/shared/{token}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.EndsWith($"/api/shared/{token}", link.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        Assert.Equal(issued.GetProperty("credential").GetProperty("id").GetString(),
            JsonDocument.Parse(await shared.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString());

        var revoke = await client.DeleteAsync($"/api/wallet/{id}/share-links/{link.GetProperty("id").GetGuid()}");
        var links = await client.GetFromJsonAsync<JsonElement>($"/api/wallet/{id}/share-links");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.False(links[0].GetProperty("active").GetBoolean());
        await Problems.AssertProblemAsync(await anonymous.GetAsync($"/api/shared/{token}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await anonymous.GetAsync("/api/shared/unknown-token"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Share_links_are_the_owners_alone_and_bounded()
    {
        var learner = Guid.CreateVersion7();
        var id = (await fixture.IssueAsync(learner)).GetProperty("id").GetGuid();
        using var owner = fixture.As(learner, "learner");
        using var other = fixture.As(Guid.CreateVersion7(), "learner");
        var link = await (await owner.PostAsJsonAsync($"/api/wallet/{id}/share-links", new { })).Content.ReadFromJsonAsync<JsonElement>();

        await Problems.AssertProblemAsync(await other.PostAsJsonAsync($"/api/wallet/{id}/share-links", new { }), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await other.GetAsync($"/api/wallet/{id}/share-links"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await other.DeleteAsync($"/api/wallet/{id}/share-links/{link.GetProperty("id").GetGuid()}"), HttpStatusCode.NotFound);
        await Problems.AssertFieldErrorAsync(await owner.PostAsJsonAsync($"/api/wallet/{id}/share-links", new { expiresInHours = 0 }), "expiresInHours");
        await Problems.AssertFieldErrorAsync(await owner.PostAsJsonAsync($"/api/wallet/{id}/share-links", new { expiresInHours = 100_000 }), "expiresInHours");
    }
}
