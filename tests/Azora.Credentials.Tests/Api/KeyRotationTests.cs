using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.Credentials.Tests.Api;

/// <summary>Its own platform, because rotation changes the issuer for everything after it.</summary>
public sealed class KeyRotationTests : IAsyncLifetime
{
    private readonly CredentialsPlatform fixture = new();

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    private static string MethodOf(JsonElement issued) =>
        issued.GetProperty("credential").GetProperty("proof").GetProperty("verificationMethod").GetString()!;

    [Fact]
    public async Task After_a_rotation_old_credentials_still_verify_and_new_ones_use_the_new_key()
    {
        var before = await fixture.IssueAsync(Guid.CreateVersion7());
        using var admin = fixture.AsAdmin();
        using var anonymous = fixture.Anonymous();

        var rotation = await admin.PostAsync("/api/issuer/keys/rotate", null);
        var rotated = await rotation.Content.ReadFromJsonAsync<JsonElement>();
        var after = await fixture.IssueAsync(Guid.CreateVersion7());
        var did = await anonymous.GetFromJsonAsync<JsonElement>("/.well-known/did.json");

        Assert.Equal(HttpStatusCode.OK, rotation.StatusCode);
        var newMethod = rotated.GetProperty("verificationMethod").GetString();
        Assert.NotEqual(MethodOf(before), newMethod);
        Assert.Equal(newMethod, MethodOf(after));
        Assert.Equal([newMethod, MethodOf(before)], did.GetProperty("assertionMethod").EnumerateArray().Select(m => m.GetString()));
        foreach (var issued in new[] { before, after })
        {
            var dataIntegrity = await fixture.VerifyAsync(new { credential = issued.GetProperty("credential") });
            var jwt = await fixture.VerifyAsync(new { jwt = issued.GetProperty("jwt").GetString() });
            Assert.True(dataIntegrity.GetProperty("valid").GetBoolean(), dataIntegrity.ToString());
            Assert.True(jwt.GetProperty("valid").GetBoolean(), jwt.ToString());
        }
    }

    [Fact]
    public async Task Simultaneous_rotations_leave_one_current_key_and_every_rotated_key_listed()
    {
        await fixture.IssueAsync(Guid.CreateVersion7());
        using var admin = fixture.AsAdmin();
        using var anonymous = fixture.Anonymous();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => admin.PostAsync("/api/issuer/keys/rotate", null)));
        var after = await fixture.IssueAsync(Guid.CreateVersion7());
        var did = await anonymous.GetFromJsonAsync<JsonElement>("/.well-known/did.json");

        Assert.All(responses, response => Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var rotations = responses.Count(response => response.StatusCode == HttpStatusCode.OK);
        Assert.InRange(rotations, 1, 3);
        Assert.Equal(1 + rotations, did.GetProperty("verificationMethod").GetArrayLength());
        Assert.Equal(MethodOf(after), did.GetProperty("assertionMethod")[0].GetString());
        Assert.True((await fixture.VerifyAsync(new { credential = after.GetProperty("credential") })).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Only_a_platform_admin_rotates_the_key()
    {
        using var learner = fixture.As(Guid.CreateVersion7(), "learner");
        using var anonymous = fixture.Anonymous();

        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsync("/api/issuer/keys/rotate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/issuer/keys/rotate", null)).StatusCode);
    }
}
