using System.Net.Http.Headers;
using Azora.Contracts;
using Azora.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Azora.Lms.Tests;

/// <summary>
/// One azora-lms host for the collection, on a test clock, trusting <see cref="TestTokens"/>, with
/// <see cref="EventProbe"/> subscribed to the events azora-lms publishes so tests can count them.
/// </summary>
public sealed class LmsFixture : IAsyncLifetime
{
    public const string ServiceId = "azora-lms";

    // Starts at the real time so that tokens are current; tests move it on by minutes or hours.
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());
    public TestTokens Tokens { get; } = new();
    public TestPlatform Platform { get; private set; } = null!;

    public ReceivedEvents Received => Platform.App.Services.GetRequiredService<ReceivedEvents>();

    public async Task InitializeAsync() =>
        Platform = await TestPlatform.StartAsync([ServiceId], clock: Clock, configure: builder =>
        {
            Tokens.Trust(builder);
            EventProbe.Subscribe(builder);
        });

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

    public Person NewInstructor() => Person.Of(this, Roles.Instructor);

    public Person NewLearner() => Person.Of(this, Roles.Learner);

    /// <summary>Delivers a message to azora-lms as another service would, and waits until it and all it caused are handled.</summary>
    public Task DeliverAsync(object message) =>
        Platform.App.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).PublishMessageAndWaitAsync(message);

    /// <summary>Runs HTTP work and waits until every message it published has been handled.</summary>
    public Task WhileTrackingAsync(Func<Task> work) => WhileTrackingAsync(_ => work());

    /// <summary>Runs work that publishes messages, as other services would, and waits until they and all they caused are handled.</summary>
    public Task WhileTrackingAsync(Func<IMessageContext, Task> work) =>
        Platform.App.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).ExecuteAndWaitAsync(work);
}

/// <summary>A signed-in account with its own client.</summary>
public sealed record Person(Guid Id, HttpClient Client) : IDisposable
{
    public static Person Of(LmsFixture fixture, params string[] roles)
    {
        var id = Guid.CreateVersion7();
        return new Person(id, fixture.AsAccount(id, roles));
    }

    public void Dispose() => Client.Dispose();
}

[CollectionDefinition(Name)]
public sealed class LmsCollection : ICollectionFixture<LmsFixture>
{
    public const string Name = "azora-lms";
}
