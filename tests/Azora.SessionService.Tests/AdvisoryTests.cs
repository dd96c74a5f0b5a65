using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Azora.SessionService.Tests;

/// <summary>
/// GHSA-cxgj-hwwh-855g (OpenIddict &lt; 7.9.0): with token-entry validation off, OpenIddict's validation stack did not
/// enforce authorization-entry validation, so an access token whose authorization (session) had been revoked was still
/// accepted. The attack: keep using an access token after its session was revoked while the token's own entry stays valid.
/// </summary>
[Collection(SessionServiceCollection.Name)]
public sealed class AdvisoryTests(SessionServiceFixture fixture)
{
    [Fact]
    public async Task An_access_token_of_a_revoked_session_is_refused_even_when_its_token_entry_is_still_valid()
    {
        var (_, tokens) = await fixture.SignInAsync();
        using var api = OAuth.Bearer(fixture.Address, tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("api/sessions")).StatusCode);
        var sessionId = Jwks.Verify(tokens.AccessToken, fixture.Keys).GetProperty("oi_au_id").GetString()!;

        // Revoke only the authorization, leaving every token entry "valid": exactly the state the advisory exploits.
        await using (var scope = fixture.Platform.App.Services.CreateAsyncScope())
        {
            var authorizations = scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();
            var tokenManager = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
            var authorization = await authorizations.FindByIdAsync(sessionId);
            Assert.True(await authorizations.TryRevokeAsync(authorization!));
            var tokenId = Jwks.Verify(tokens.AccessToken, fixture.Keys).GetProperty("oi_tkn_id").GetString()!;
            Assert.True(await tokenManager.HasStatusAsync((await tokenManager.FindByIdAsync(tokenId))!, Statuses.Valid));
        }

        var attack = await api.GetAsync("api/sessions");

        Assert.Equal(HttpStatusCode.Unauthorized, attack.StatusCode);
        using var client = fixture.Client();
        var introspected = await OAuth.IntrospectAsync(client, tokens.AccessToken, SessionServiceFixture.ResourceClient, fixture.ResourceSecret);
        Assert.Equal("False", introspected.Get("active"));
        Assert.Equal("invalid_grant", (await OAuth.RefreshAsync(client, tokens.RefreshToken)).Error);
    }
}
