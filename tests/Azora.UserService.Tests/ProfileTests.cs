using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;

namespace Azora.UserService.Tests;

[Collection(UserServiceCollection.Name)]
public sealed class ProfileTests(UserServiceFixture fixture)
{
    [Fact]
    public async Task The_signed_in_owner_reads_their_profile()
    {
        using var anonymous = fixture.Anonymous();
        var account = await Accounts.RegisterVerifiedAsync(anonymous);
        using var client = fixture.AsAccount(account.Id, "learner");

        var profile = await client.GetFromJsonAsync<JsonElement>("/api/accounts/me");

        Assert.Equal(account.Id, profile.GetProperty("id").GetGuid());
        Assert.Equal(account.Email, profile.GetProperty("email").GetString());
        Assert.Equal("Thandi Mokoena", profile.GetProperty("displayName").GetString());
        Assert.True(profile.GetProperty("emailVerified").GetBoolean());
        Assert.False(profile.GetProperty("twoFactorEnabled").GetBoolean());
        Assert.Equal(["learner"], profile.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task An_anonymous_caller_has_no_profile()
    {
        using var client = fixture.Anonymous();
        var response = await client.GetAsync("/api/accounts/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_for_an_account_that_does_not_exist_finds_nothing()
    {
        using var client = fixture.AsAccount(Guid.CreateVersion7(), "learner");
        await Problems.AssertProblemAsync(await client.GetAsync("/api/accounts/me"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_owner_changes_only_the_fields_they_send()
    {
        using var anonymous = fixture.Anonymous();
        var account = await Accounts.RegisterVerifiedAsync(anonymous);
        using var client = fixture.AsAccount(account.Id, "learner");

        var first = await client.PatchAsJsonAsync("/api/accounts/me", new { bio = "I teach maths.", timeZone = "Africa/Johannesburg" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await client.PatchAsJsonAsync("/api/accounts/me", new { displayName = "  Thandi M.  " });
        var profile = await second.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Thandi M.", profile.GetProperty("displayName").GetString());
        Assert.Equal("I teach maths.", profile.GetProperty("bio").GetString());
        Assert.Equal("Africa/Johannesburg", profile.GetProperty("timeZone").GetString());
    }

    [Theory]
    [InlineData("""{"displayName":""}""", "displayName")]
    [InlineData("""{"displayName":"   "}""", "displayName")]
    [InlineData("""{"timeZone":"Mars/Olympus_Mons"}""", "timeZone")]
    [InlineData("""{"bio":42}""", "bio")]
    public async Task Invalid_profile_changes_are_refused_naming_the_field(string json, string field)
    {
        using var anonymous = fixture.Anonymous();
        var account = await Accounts.RegisterVerifiedAsync(anonymous);
        using var client = fixture.AsAccount(account.Id, "learner");
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        await Problems.AssertFieldErrorAsync(await client.PatchAsync("/api/accounts/me", content), field);
    }

    [Fact]
    public async Task An_oversized_bio_is_refused()
    {
        using var anonymous = fixture.Anonymous();
        var account = await Accounts.RegisterVerifiedAsync(anonymous);
        using var client = fixture.AsAccount(account.Id, "learner");
        await Problems.AssertFieldErrorAsync(await client.PatchAsJsonAsync("/api/accounts/me", new { bio = new string('b', 1001) }), "bio");
    }
}
