using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.SessionService.Tests;

[Collection(SessionServiceCollection.Name)]
public sealed class SessionsApiTests(SessionServiceFixture fixture)
{
    [Fact]
    public async Task A_person_lists_their_sessions_with_client_and_times_and_the_current_one_marked()
    {
        var (account, first) = await fixture.SignInAsync();
        using var client = fixture.Client();
        await OAuth.PasswordAsync(client, account.Email, account.Password);
        using var api = OAuth.Bearer(fixture.Address, first.AccessToken);

        var sessions = (await api.GetFromJsonAsync<JsonElement>("api/sessions")).GetProperty("items");

        Assert.Equal(2, sessions.GetArrayLength());
        Assert.All(sessions.EnumerateArray(), s =>
        {
            Assert.Equal("azora-cli", s.GetProperty("clientId").GetString());
            Assert.NotEqual(JsonValueKind.Null, s.GetProperty("createdAt").ValueKind);
            Assert.NotEqual(JsonValueKind.Null, s.GetProperty("lastUsedAt").ValueKind);
        });
        Assert.Single(sessions.EnumerateArray(), s => s.GetProperty("current").GetBoolean());
    }

    [Fact]
    public async Task Signing_out_of_one_session_ends_its_tokens_and_keeps_the_others()
    {
        var (account, current) = await fixture.SignInAsync();
        using var client = fixture.Client();
        var other = await OAuth.PasswordAsync(client, account.Email, account.Password);
        using var api = OAuth.Bearer(fixture.Address, current.AccessToken);
        var sessions = (await api.GetFromJsonAsync<JsonElement>("api/sessions")).GetProperty("items");
        var otherId = sessions.EnumerateArray().Single(s => !s.GetProperty("current").GetBoolean()).GetProperty("id").GetString();

        var deleted = await api.DeleteAsync($"api/sessions/{otherId}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("invalid_grant", (await OAuth.RefreshAsync(client, other.RefreshToken)).Error);
        Assert.Equal(HttpStatusCode.OK, (await OAuth.RefreshAsync(client, current.RefreshToken)).Status);
        Assert.Equal(1, (await api.GetFromJsonAsync<JsonElement>("api/sessions")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Signing_out_of_the_other_sessions_keeps_the_current_one()
    {
        var (account, current) = await fixture.SignInAsync();
        using var client = fixture.Client();
        var second = await OAuth.PasswordAsync(client, account.Email, account.Password);
        var third = await OAuth.PasswordAsync(client, account.Email, account.Password);
        using var api = OAuth.Bearer(fixture.Address, current.AccessToken);

        var response = await api.PostAsync("api/sessions/revoke-others", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revoked").GetInt32());
        Assert.Equal("invalid_grant", (await OAuth.RefreshAsync(client, second.RefreshToken)).Error);
        Assert.Equal("invalid_grant", (await OAuth.RefreshAsync(client, third.RefreshToken)).Error);
        var remaining = (await api.GetFromJsonAsync<JsonElement>("api/sessions")).GetProperty("items");
        Assert.True(Assert.Single(remaining.EnumerateArray()).GetProperty("current").GetBoolean());
    }

    [Fact]
    public async Task Nobody_sees_or_ends_another_persons_session()
    {
        var (_, victim) = await fixture.SignInAsync();
        var (_, intruder) = await fixture.SignInAsync();
        using var victimApi = OAuth.Bearer(fixture.Address, victim.AccessToken);
        using var intruderApi = OAuth.Bearer(fixture.Address, intruder.AccessToken);
        var victimSession = (await victimApi.GetFromJsonAsync<JsonElement>("api/sessions")).GetProperty("items")[0].GetProperty("id").GetString();

        var listed = (await intruderApi.GetFromJsonAsync<JsonElement>("api/sessions")).GetProperty("items");
        var deleted = await intruderApi.DeleteAsync($"api/sessions/{victimSession}");
        await intruderApi.PostAsync("api/sessions/revoke-others", null);

        Assert.DoesNotContain(listed.EnumerateArray(), s => s.GetProperty("id").GetString() == victimSession);
        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
        using var client = fixture.Client();
        Assert.Equal(HttpStatusCode.OK, (await OAuth.RefreshAsync(client, victim.RefreshToken)).Status);
    }

    [Fact]
    public async Task The_sessions_api_needs_a_signed_in_caller()
    {
        using var anonymous = fixture.Client();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("api/sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync($"api/sessions/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Sessions_are_listed_a_page_at_a_time_with_a_cursor()
    {
        var (account, current) = await fixture.SignInAsync();
        using var client = fixture.Client();
        for (var i = 0; i < 4; i++)
        {
            await OAuth.PasswordAsync(client, account.Email, account.Password);
        }
        using var api = OAuth.Bearer(fixture.Address, current.AccessToken);

        var first = await api.GetFromJsonAsync<JsonElement>("api/sessions?limit=2");
        var second = await api.GetFromJsonAsync<JsonElement>("api/sessions?limit=2&cursor=" + first.GetProperty("nextCursor").GetString());
        var third = await api.GetFromJsonAsync<JsonElement>("api/sessions?limit=2&cursor=" + second.GetProperty("nextCursor").GetString());

        var ids = new[] { first, second, third }.SelectMany(p => p.GetProperty("items").EnumerateArray()).Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Equal(5, ids.Count);
        Assert.Equal(5, ids.Distinct().Count());
        Assert.Equal(JsonValueKind.Null, third.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task A_bad_limit_or_cursor_is_a_problem_naming_the_field()
    {
        var (_, tokens) = await fixture.SignInAsync();
        using var api = OAuth.Bearer(fixture.Address, tokens.AccessToken);

        var limit = await api.GetAsync("api/sessions?limit=1000");
        var cursor = await api.GetAsync("api/sessions?cursor=not-a-cursor!");

        Assert.Equal(HttpStatusCode.BadRequest, limit.StatusCode);
        Assert.True((await limit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("limit", out _));
        Assert.Equal(HttpStatusCode.BadRequest, cursor.StatusCode);
        Assert.True((await cursor.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("cursor", out _));
    }

    [Fact]
    public async Task Pruning_deletes_ended_sessions_and_keeps_live_ones()
    {
        var (account, live) = await fixture.SignInAsync();
        using var client = fixture.Client();
        var ended = await OAuth.PasswordAsync(client, account.Email, account.Password);
        await OAuth.RevokeAsync(client, ended.RefreshToken);
        var endedSession = Jwks.Verify(ended.AccessToken, fixture.Keys).GetProperty("oi_au_id").GetString()!;
        var liveSession = Jwks.Verify(live.AccessToken, fixture.Keys).GetProperty("oi_au_id").GetString()!;
        using var api = OAuth.Bearer(fixture.Address, live.AccessToken);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"api/sessions/{endedSession}")).StatusCode);

        await fixture.Platform.App.Services.GetRequiredService<Azora.SessionService.Server.SessionPruning>()
            .PruneAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        // A fresh scope: OpenIddict's managers cache the entities they have read within a scope.
        await using var scope = fixture.Platform.App.Services.CreateAsyncScope();
        var authorizations = scope.ServiceProvider.GetRequiredService<OpenIddict.Abstractions.IOpenIddictAuthorizationManager>();
        Assert.Null(await authorizations.FindByIdAsync(endedSession));
        Assert.NotNull(await authorizations.FindByIdAsync(liveSession));
        Assert.Equal(HttpStatusCode.OK, (await OAuth.RefreshAsync(client, live.RefreshToken)).Status);
    }
}
