using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.Testing;
using Azora.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Azora.Credentials.Tests.Api;

/// <summary>Issuance, verification, revocation and rotation on PostgreSQL, where azora-credentials runs when the platform is split.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class PostgresTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Credentials_are_issued_once_verified_revoked_and_survive_rotation_on_postgresql()
    {
        using var tokens = new TestTokens();
        await using var platform = await TestPlatform.StartAsync(
            [CredentialsPlatform.ServiceId],
            new Dictionary<string, string?>
            {
                ["Azora:Database"] = "Postgres",
                ["ConnectionStrings:Postgres"] = await postgres.Server.CreateDatabaseAsync(),
            },
            configure: tokens.Trust);
        var bus = platform.App.Services.GetRequiredService<IMessageBus>();
        var learner = Guid.CreateVersion7();
        var completed = CredentialsPlatform.Completion(learner, Guid.CreateVersion7());
        using var wallet = platform.Client(CredentialsPlatform.ServiceId);
        wallet.DefaultRequestHeaders.Authorization = new("Bearer", tokens.ForAccount(learner, Roles.Learner));
        using var admin = platform.Client(CredentialsPlatform.ServiceId);
        admin.DefaultRequestHeaders.Authorization = new("Bearer", tokens.ForAccount(Guid.CreateVersion7(), Roles.PlatformAdmin));
        using var anonymous = platform.Client(CredentialsPlatform.ServiceId);

        await Task.WhenAll(bus.InvokeAsync(completed), bus.InvokeAsync(completed));
        var issued = Assert.Single((await wallet.GetFromJsonAsync<JsonElement>("/api/wallet")).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/issuer/keys/rotate", null)).StatusCode);
        var valid = await (await anonymous.PostAsJsonAsync("/api/verify", new { credential = issued.GetProperty("credential") })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/credentials/{issued.GetProperty("id").GetGuid()}/revoke", new { })).StatusCode);
        var revoked = await (await anonymous.PostAsJsonAsync("/api/verify", new { jwt = issued.GetProperty("jwt").GetString() })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(valid.GetProperty("valid").GetBoolean(), valid.ToString());
        Assert.Equal(["status"], CredentialsPlatform.FailedChecks(revoked));
        Assert.Equal(2, (await anonymous.GetFromJsonAsync<JsonElement>("/.well-known/did.json")).GetProperty("verificationMethod").GetArrayLength());
    }
}
