using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.SessionService.Server;
using Azora.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.SessionService.Tests;

/// <summary>Signing keys live in session-service's database: they survive restarts and rotate without a restart.</summary>
public sealed class SigningKeyTests : IAsyncLifetime
{
    private FakeUserService _users = null!;

    public async Task InitializeAsync() => _users = await FakeUserService.StartAsync();

    public async Task DisposeAsync() => await _users.DisposeAsync();

    private Task<TestPlatform> StartAsync(string? dataDirectory = null, int? port = null, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(extra ?? new Dictionary<string, string?>())
        {
            ["Azora:Addresses:user-service"] = _users.Address.ToString(),
        };
        if (port is not null)
        {
            settings["Azora:Ports:session-service"] = port.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return TestPlatform.StartAsync(["session-service"], settings, dataDirectory: dataDirectory);
    }

    private async Task<string> SignInAsync(HttpClient client, params string[] roles)
    {
        var keys = await Jwks.FetchAsync(client);
        _users.ValidateToken = token => Jwks.TryVerify(token, keys);
        var account = _users.Add("signing-key-password", roles);
        var tokens = await OAuth.PasswordAsync(client, account.Email, account.Password);
        Assert.True(tokens.Status == HttpStatusCode.OK, tokens.Body.ToString());
        return tokens.Get("access_token") + " " + tokens.Get("refresh_token");
    }

    private static async Task<List<string>> PublishedKeyIdsAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync(".well-known/jwks")).RootElement.GetProperty("keys")
            .EnumerateArray().Select(k => k.GetProperty("kid").GetString()!).ToList();

    [Fact]
    public async Task The_signing_key_and_issued_refresh_tokens_survive_a_restart_on_the_same_data_directory()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "azora-tests", Guid.NewGuid().ToString("N"));
        var port = FreePorts.Next();
        var address = new Uri($"http://127.0.0.1:{port}/");

        var first = await StartAsync(dataDirectory, port);
        string keyBefore;
        string refreshToken;
        using (var client = new HttpClient { BaseAddress = address })
        {
            keyBefore = Assert.Single(await PublishedKeyIdsAsync(client));
            refreshToken = (await SignInAsync(client)).Split(' ')[1];
        }
        // Stop the host without deleting its data directory, then start a new host on it.
        await first.App.StopAsync();
        await first.App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        await using var second = await StartAsync(dataDirectory, port);
        using var again = new HttpClient { BaseAddress = address };

        Assert.Equal(keyBefore, Assert.Single(await PublishedKeyIdsAsync(again)));
        var refreshed = await OAuth.RefreshAsync(again, refreshToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.Equal(keyBefore, Jwks.HeaderOf(refreshed.AccessToken, "kid"));
    }

    [Fact]
    public async Task Rotation_signs_with_the_new_key_and_keeps_publishing_the_old_one_until_it_is_retired()
    {
        await using var platform = await StartAsync();
        using var client = platform.Client("session-service");
        var oldKey = Assert.Single(await PublishedKeyIdsAsync(client));
        var adminToken = (await SignInAsync(client, "platform-admin")).Split(' ')[0];
        using var admin = OAuth.Bearer(platform.AddressOf("session-service"), adminToken);

        var rotated = await admin.PostAsync("api/signing-keys/rotate", null);

        Assert.Equal(HttpStatusCode.Created, rotated.StatusCode);
        var newKey = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("keyId").GetString()!;
        Assert.NotEqual(oldKey, newKey);
        Assert.Equal([newKey, oldKey], await PublishedKeyIdsAsync(client));
        var newToken = (await SignInAsync(client)).Split(' ')[0];
        Assert.Equal(newKey, Jwks.HeaderOf(newToken, "kid"));
        var keys = await Jwks.FetchAsync(client);
        Assert.True(Jwks.TryVerify(newToken, keys));
        Assert.True(Jwks.TryVerify(adminToken, keys));

        var activeRetire = await admin.PostAsync($"api/signing-keys/{newKey}/retire", null);
        var retired = await admin.PostAsync($"api/signing-keys/{oldKey}/retire", null);

        Assert.Equal(HttpStatusCode.Conflict, activeRetire.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, retired.StatusCode);
        Assert.Equal([newKey], await PublishedKeyIdsAsync(client));
        Assert.False(Jwks.TryVerify(adminToken, await Jwks.FetchAsync(client)));
    }

    [Fact]
    public async Task Only_a_platform_admin_may_rotate_or_list_keys()
    {
        await using var platform = await StartAsync();
        using var client = platform.Client("session-service");
        var learnerToken = (await SignInAsync(client, "learner")).Split(' ')[0];
        using var learner = OAuth.Bearer(platform.AddressOf("session-service"), learnerToken);

        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsync("api/signing-keys/rotate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("api/signing-keys")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("api/signing-keys/rotate", null)).StatusCode);
        Assert.Single(await PublishedKeyIdsAsync(client));
    }

    [Fact]
    public async Task A_rotation_made_through_another_replica_is_picked_up_by_the_key_watcher()
    {
        await using var platform = await StartAsync();
        using var client = platform.Client("session-service");
        var before = Assert.Single(await PublishedKeyIdsAsync(client));

        // Another replica rotated: the key is in the shared database, but this instance has not reloaded.
        await using (var scope = platform.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ServerKeyStore>().RotateAsync(CancellationToken.None);
        }
        Assert.Equal([before], await PublishedKeyIdsAsync(client));

        var reloaded = await platform.App.Services.GetRequiredService<SigningKeyWatcher>().CheckAsync(CancellationToken.None);

        Assert.True(reloaded);
        Assert.Equal(2, (await PublishedKeyIdsAsync(client)).Count);
        Assert.False(await platform.App.Services.GetRequiredService<SigningKeyWatcher>().CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_service_client_removed_from_configuration_can_no_longer_get_tokens()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "azora-tests", Guid.NewGuid().ToString("N"));
        var port = FreePorts.Next();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var secret = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        (string, string)[] request = [("grant_type", "client_credentials"), ("client_id", "report-builder"), ("client_secret", secret)];

        var first = await StartAsync(dataDirectory, port, new Dictionary<string, string?> { ["Azora:Clients:report-builder:Secret"] = secret });
        using (var client = new HttpClient { BaseAddress = address })
        {
            Assert.Equal(HttpStatusCode.OK, (await OAuth.PostAsync(client, "connect/token", request)).Status);
        }
        await first.App.StopAsync();
        await first.App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        await using var second = await StartAsync(dataDirectory, port);
        using var again = new HttpClient { BaseAddress = address };

        Assert.Equal("invalid_client", (await OAuth.PostAsync(again, "connect/token", request)).Error);
    }
}
