using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.Testing;
using static Azora.Content.Tests.Authoring;

namespace Azora.Content.Tests;

[Collection(ContentCollection.Name)]
public sealed class CoOwnerTests(ContentFixture fixture)
{
    [Fact]
    public async Task A_co_owner_edits_reviews_and_publishes_the_item_and_sees_it_in_their_list()
    {
        using var owner = fixture.NewInstructor();
        var coOwnerId = Guid.CreateVersion7();
        using var coOwner = fixture.AsAccount(coOwnerId, Roles.Instructor);
        var id = await CreateAsync(owner, "Owner's start.");

        var added = await owner.PutAsync($"/api/items/{id}/co-owners/{coOwnerId}", null);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal([coOwnerId], (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("coOwners").EnumerateArray().Select(c => c.GetGuid()));
        var version = await EditAsync(coOwner, id, "Co-owner's improvement.");
        await ReleaseAsync(coOwner, id, version);
        Assert.Equal("Co-owner's improvement.", (await PublishedAsync(coOwner, id)).GetProperty("markdown").GetString());
        Assert.Contains(id, (await coOwner.GetFromJsonAsync<JsonElement>("/api/items")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task A_removed_co_owner_loses_access_and_a_co_owner_cannot_manage_co_owners()
    {
        using var owner = fixture.NewInstructor();
        var coOwnerId = Guid.CreateVersion7();
        using var coOwner = fixture.AsAccount(coOwnerId, Roles.Instructor);
        var id = await CreateAsync(owner, "text");
        await owner.PutAsync($"/api/items/{id}/co-owners/{coOwnerId}", null);

        await Problems.AssertProblemAsync(await coOwner.PutAsync($"/api/items/{id}/co-owners/{Guid.CreateVersion7()}", null), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await owner.DeleteAsync($"/api/items/{id}/co-owners/{coOwnerId}")).StatusCode);

        await Problems.AssertProblemAsync(await coOwner.GetAsync($"/api/items/{id}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await coOwner.PutAsJsonAsync($"/api/items/{id}/draft", new { markdown = "late edit" }), HttpStatusCode.NotFound);
        Assert.Equal(new Dictionary<int, string> { [1] = "draft" }, await StatesAsync(owner, id));
    }

    [Fact]
    public async Task The_owner_cannot_be_their_own_co_owner_and_strangers_cannot_add_themselves()
    {
        var ownerId = Guid.CreateVersion7();
        using var owner = fixture.AsAccount(ownerId, Roles.Instructor);
        var strangerId = Guid.CreateVersion7();
        using var stranger = fixture.AsAccount(strangerId, Roles.Instructor);
        var id = await CreateAsync(owner, "text");

        await Problems.AssertFieldErrorAsync(await owner.PutAsync($"/api/items/{id}/co-owners/{ownerId}", null), "accountId");
        await Problems.AssertProblemAsync(await stranger.PutAsync($"/api/items/{id}/co-owners/{strangerId}", null), HttpStatusCode.NotFound);
        Assert.Empty((await ItemAsync(owner, id)).GetProperty("item").GetProperty("coOwners").EnumerateArray());
    }
}
