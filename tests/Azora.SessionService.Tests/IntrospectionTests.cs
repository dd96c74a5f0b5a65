using System.Net;

namespace Azora.SessionService.Tests;

[Collection(SessionServiceCollection.Name)]
public sealed class IntrospectionTests(SessionServiceFixture fixture)
{
    [Fact]
    public async Task A_service_client_sees_an_active_access_token_with_its_subject_and_audience()
    {
        var (account, tokens) = await fixture.SignInAsync();
        using var client = fixture.Client();

        var result = await OAuth.IntrospectAsync(client, tokens.AccessToken, SessionServiceFixture.ResourceClient, fixture.ResourceSecret);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("True", result.Get("active"));
        Assert.Equal(account.Summary.Id.ToString(), result.Get("sub"));
        Assert.Contains("azora", result.Get("aud"));
    }

    [Fact]
    public async Task A_public_client_or_a_wrong_secret_cannot_introspect()
    {
        var (_, tokens) = await fixture.SignInAsync();
        using var client = fixture.Client();

        var publicClient = await OAuth.PostAsync(client, "connect/introspect", ("client_id", OAuth.Cli), ("token", tokens.AccessToken));
        var wrongSecret = await OAuth.IntrospectAsync(client, tokens.AccessToken, SessionServiceFixture.ResourceClient, "not-the-secret");

        Assert.NotEqual("True", publicClient.Get("active"));
        Assert.NotNull(publicClient.Error);
        Assert.Equal("invalid_client", wrongSecret.Error);
    }

    [Fact]
    public async Task A_service_client_cannot_introspect_another_clients_refresh_token()
    {
        var (_, tokens) = await fixture.SignInAsync();
        using var client = fixture.Client();

        var result = await OAuth.IntrospectAsync(client, tokens.RefreshToken, SessionServiceFixture.ResourceClient, fixture.ResourceSecret);

        Assert.Equal("False", result.Get("active"));
    }
}
