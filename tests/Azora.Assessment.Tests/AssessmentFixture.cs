using System.Net.Http.Headers;
using Azora.Contracts;
using Azora.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Azora.Assessment.Tests;

/// <summary>One azora-assessment host for the collection, on a test clock, trusting <see cref="TestTokens"/>.</summary>
public sealed class AssessmentFixture : IAsyncLifetime
{
    public const string ServiceId = "azora-assessment";

    // Starts at the real time so that tokens are current; tests move it on by minutes at most.
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());
    public TestTokens Tokens { get; } = new();
    public TestPlatform Platform { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Platform = await TestPlatform.StartAsync([ServiceId], clock: Clock, configure: Tokens.Trust);

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

    public HttpClient NewAdmin() => AsAccount(Guid.CreateVersion7(), Roles.PlatformAdmin);
}

[CollectionDefinition(Name)]
public sealed class AssessmentCollection : ICollectionFixture<AssessmentFixture>
{
    public const string Name = "azora-assessment";
}
