using System.Net.Http.Headers;
using Azora.Contracts;
using Azora.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Azora.Content.Tests;

/// <summary>One azora-content host for the collection, on a test clock, trusting <see cref="TestTokens"/>, with a small media limit.</summary>
public sealed class ContentFixture : IAsyncLifetime
{
    public const string ServiceId = "azora-content";
    public const long MaxMediaBytes = 64 * 1024;

    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());
    public TestTokens Tokens { get; } = new();
    public TestPlatform Platform { get; private set; } = null!;

    public string MediaDirectory => Path.Combine(Platform.DataDirectory, "content", "media");

    public async Task InitializeAsync() =>
        Platform = await TestPlatform.StartAsync(
            [ServiceId],
            new Dictionary<string, string?> { ["Azora:Content:MaxMediaBytes"] = MaxMediaBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            Clock,
            configure: Tokens.Trust);

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        Tokens.Dispose();
    }

    public HttpClient Anonymous() => Platform.Client(ServiceId);

    public HttpClient AsAccount(Guid accountId, params string[] roles)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.ForAccount(accountId, roles));
        return client;
    }

    public HttpClient NewInstructor() => AsAccount(Guid.CreateVersion7(), Roles.Instructor);

    public HttpClient NewLearner() => AsAccount(Guid.CreateVersion7(), Roles.Learner);
}

[CollectionDefinition(Name)]
public sealed class ContentCollection : ICollectionFixture<ContentFixture>
{
    public const string Name = "azora-content";
}
