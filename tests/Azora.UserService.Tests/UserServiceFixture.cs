using System.Net.Http.Headers;
using System.Net.Http.Json;
using Azora.Contracts.UserService;
using Azora.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Azora.UserService.Tests;

/// <summary>One user-service host for the collection, on a test clock, trusting <see cref="TestTokens"/>.</summary>
public sealed class UserServiceFixture : IAsyncLifetime
{
    public const string ServiceId = "user-service";

    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());
    public TestTokens Tokens { get; } = new();
    public TestPlatform Platform { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Platform = await TestPlatform.StartAsync(
            [ServiceId],
            new Dictionary<string, string?> { ["Azora:Issuer"] = TestTokens.Issuer },
            Clock,
            configure: Tokens.Trust);

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        Tokens.Dispose();
    }

    public HttpClient Anonymous() => Platform.Client(ServiceId);

    public HttpClient As(string accessToken)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public HttpClient AsAccount(Guid accountId, params string[] roles) => As(Tokens.ForAccount(accountId, roles));

    /// <summary>session-service's client-credentials token.</summary>
    public HttpClient AsSessionService() => As(Tokens.ForClient("session-service", UserServiceScopes.CredentialCheck));

    public static string NewEmail() => $"{Guid.NewGuid():N}@example.test";

    public static string NewPassword() => "Blue-Kettle-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A verified account made the way <c>azora users add</c> makes one.</summary>
    public async Task<(AccountSummary Account, string Password)> ProvisionAsync(params string[] roles)
    {
        var password = NewPassword();
        var result = await Platform.App.Services.GetRequiredService<IAccountProvisioner>()
            .CreateAsync(NewEmail(), password, roles, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return (result.Account!, password);
    }

    public async Task<CredentialCheckResult> CheckAsync(string email, string password, string? twoFactorCode = null)
    {
        using var client = AsSessionService();
        var response = await client.PostAsJsonAsync("/api/internal/credential-checks", new CredentialCheckRequest(email, password, twoFactorCode));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CredentialCheckResult>())!;
    }
}

[CollectionDefinition(Name)]
public sealed class UserServiceCollection : ICollectionFixture<UserServiceFixture>
{
    public const string Name = "user-service";
}
