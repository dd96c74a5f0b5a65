using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.Testing;

namespace Azora.UserService.Tests;

[Collection(UserServiceCollection.Name)]
public sealed class RoleTests(UserServiceFixture fixture)
{
    [Fact]
    public async Task A_learner_cannot_grant_roles()
    {
        var (learner, _) = await fixture.ProvisionAsync(Roles.Learner);
        using var client = fixture.AsAccount(learner.Id, Roles.Learner);
        var response = await client.PutAsync($"/api/accounts/{learner.Id}/roles/{Roles.PlatformAdmin}", null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var anonymous = fixture.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsync($"/api/accounts/{learner.Id}/roles/{Roles.Instructor}", null)).StatusCode);
    }

    [Fact]
    public async Task A_platform_admin_grants_and_removes_a_role()
    {
        var (admin, _) = await fixture.ProvisionAsync(Roles.PlatformAdmin);
        var (learner, _) = await fixture.ProvisionAsync(Roles.Learner);
        using var client = fixture.AsAccount(admin.Id, Roles.PlatformAdmin);

        var granted = await client.PutAsync($"/api/accounts/{learner.Id}/roles/{Roles.Instructor}", null);
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        var roles = (await granted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray().Select(r => r.GetString());
        Assert.Equal([Roles.Instructor, Roles.Learner], roles);

        var grantedAgain = await client.PutAsync($"/api/accounts/{learner.Id}/roles/{Roles.Instructor}", null);
        Assert.Equal(HttpStatusCode.OK, grantedAgain.StatusCode);

        var removed = await client.DeleteAsync($"/api/accounts/{learner.Id}/roles/{Roles.Learner}");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        using var session = fixture.AsSessionService();
        var summary = await session.GetFromJsonAsync<JsonElement>($"/api/internal/accounts/{learner.Id}");
        Assert.Equal([Roles.Instructor], summary.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task An_unknown_role_is_a_bad_request_and_an_unknown_account_is_not_found()
    {
        var (admin, _) = await fixture.ProvisionAsync(Roles.PlatformAdmin);
        using var client = fixture.AsAccount(admin.Id, Roles.PlatformAdmin);

        await Problems.AssertFieldErrorAsync(await client.PutAsync($"/api/accounts/{admin.Id}/roles/overlord", null), "role");
        await Problems.AssertFieldErrorAsync(await client.DeleteAsync($"/api/accounts/{admin.Id}/roles/overlord"), "role");
        await Problems.AssertProblemAsync(
            await client.PutAsync($"/api/accounts/{Guid.CreateVersion7()}/roles/{Roles.Instructor}", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_platform_admin_cannot_remove_their_own_platform_admin_role()
    {
        var (admin, _) = await fixture.ProvisionAsync(Roles.PlatformAdmin);
        var (other, _) = await fixture.ProvisionAsync(Roles.PlatformAdmin);
        using var client = fixture.AsAccount(admin.Id, Roles.PlatformAdmin);

        await Problems.AssertProblemAsync(await client.DeleteAsync($"/api/accounts/{admin.Id}/roles/{Roles.PlatformAdmin}"), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync($"/api/accounts/{other.Id}/roles/{Roles.PlatformAdmin}")).StatusCode);
    }
}
