using Azora.Testing;
using Jose;

namespace Azora.SessionService.Tests;

/// <summary>
/// session-service on its own (a real host, SQLite in a temp directory) with a fake user-service, shared by the tests
/// of the <see cref="SessionServiceCollection"/>. A confidential service client <c>resource-check</c> is configured
/// for introspection.
/// </summary>
public sealed class SessionServiceFixture : IAsyncLifetime
{
    public const string ResourceClient = "resource-check";
    public string ResourceSecret { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    public FakeUserService Users { get; private set; } = null!;
    public TestPlatform Platform { get; private set; } = null!;
    public JwkSet Keys { get; private set; } = null!;

    public Uri Address => Platform.AddressOf("session-service");
    public HttpClient Client() => Platform.Client("session-service");

    public async Task InitializeAsync()
    {
        Users = await FakeUserService.StartAsync();
        Platform = await TestPlatform.StartAsync(["session-service"], new Dictionary<string, string?>
        {
            ["Azora:Addresses:user-service"] = Users.Address.ToString(),
            [$"Azora:Clients:{ResourceClient}:Secret"] = ResourceSecret,
        });
        using var client = Client();
        Keys = await Jwks.FetchAsync(client);
        Users.ValidateToken = token => Jwks.TryVerify(token, Keys);
    }

    public async Task<(FakeAccount Account, OAuthResult Tokens)> SignInAsync(params string[] roles)
    {
        var account = Users.Add("correct horse battery staple", roles.Length > 0 ? roles : null);
        using var client = Client();
        var tokens = await OAuth.PasswordAsync(client, account.Email, account.Password);
        Assert.True(tokens.Status == System.Net.HttpStatusCode.OK, tokens.Body.ToString());
        return (account, tokens);
    }

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        await Users.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SessionServiceCollection : ICollectionFixture<SessionServiceFixture>
{
    public const string Name = "session-service with a fake user-service";
}
