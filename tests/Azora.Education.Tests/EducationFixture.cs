using System.Net.Http.Headers;
using Azora.Contracts;
using Azora.Contracts.Lms;
using Azora.Education.Data;
using Azora.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Tracking;

namespace Azora.Education.Tests;

/// <summary>
/// One azora-education host for the collection, trusting <see cref="TestTokens"/>, with azora-lms's enrolments API played
/// by <see cref="LmsStub"/> and recorders in place of the services that handle what azora-education sends.
/// </summary>
public sealed class EducationFixture : IAsyncLifetime
{
    public const string ServiceId = "azora-education";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public TestTokens Tokens { get; } = new();
    public TestPlatform Platform { get; private set; } = null!;
    public LmsStub Lms { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Lms = await LmsStub.StartAsync();
        Platform = await StartAsync(Tokens, Lms.Address);
    }

    /// <summary>A host of azora-education alone; azora-lms is reached at <paramref name="lms"/> when given.</summary>
    public static Task<TestPlatform> StartAsync(TestTokens tokens, Uri? lms) =>
        TestPlatform.StartAsync(
            [ServiceId],
            lms is null ? null : new Dictionary<string, string?> { ["Azora:Addresses:azora-lms"] = lms.ToString() },
            configure: builder =>
            {
                tokens.Trust(builder);
                builder.Services.ConfigureWolverine(options =>
                {
                    options.Discovery.IncludeType(typeof(EnrollLearnerRecorder));
                    options.Discovery.IncludeType(typeof(ProgramCompletedRecorder));
                    options.Discovery.IncludeType(typeof(AuditRecorder));
                });
            });

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        await Lms.DisposeAsync();
        Tokens.Dispose();
    }

    public HttpClient Anonymous() => Platform.Client(ServiceId);

    public HttpClient AsAccount(Guid accountId, params string[] roles)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.ForAccount(accountId, roles));
        return client;
    }

    public HttpClient NewInstructor(out Guid id) => AsAccount(id = Guid.CreateVersion7(), Roles.Instructor);

    public HttpClient NewLearner(out Guid id) => AsAccount(id = Guid.CreateVersion7(), Roles.Learner);

    public HttpClient NewGuardian(out Guid id) => AsAccount(id = Guid.CreateVersion7(), Roles.Guardian);

    public HttpClient Admin() => AsAccount(Guid.CreateVersion7(), Roles.PlatformAdmin);

    /// <summary>Delivers events as azora-lms would: published on the host's message bus, handled from its durable queue.</summary>
    public async Task PublishAsync(params object[] events)
    {
        await using var scope = Platform.App.Services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        foreach (var message in events)
        {
            await bus.PublishAsync(message);
        }
    }

    /// <summary>Delivers one event and waits until it, and whatever its handling sent, has been handled.</summary>
    public Task DeliverAsync(object message) =>
        Platform.App.TrackActivity().Timeout(Patience).PublishMessageAndWaitAsync(message);

    /// <summary>A word of letters only, unique to one test, to find that test's courses by text search.</summary>
    public static string Marker(string prefix) =>
        prefix + new string([.. Guid.NewGuid().ToString("N")[..12].Select(c => char.IsAsciiDigit(c) ? (char)('g' + (c - '0')) : c)]);

    /// <summary>Waits until <paramref name="condition"/> holds, failing with <paramref name="what"/> after a deadline.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(25);
        }
    }

    internal async Task<T> QueryAsync<T>(Func<EducationDbContext, Task<T>> query)
    {
        await using var scope = Platform.App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<EducationDbContext>());
    }

    /// <summary>Publishes a course as azora-lms would and waits until the catalog holds that publication.</summary>
    public async Task<CoursePublished> PublishCourseAsync(CoursePublished course)
    {
        await DeliverAsync(course);
        return course;
    }

    public static CoursePublished Course(
        string title = "Intro to SQL",
        string subject = "Data",
        string level = "beginner",
        string language = "en",
        long priceMinor = 0,
        string[]? skills = null,
        Guid[]? instructors = null,
        int lessons = 4,
        DateTimeOffset? publishedAt = null) =>
        new(Guid.CreateVersion7(), title, $"Learn {title.ToLowerInvariant()} step by step.", subject, level, language, priceMinor, "ZAR",
            skills ?? ["SQL joins"], instructors ?? [Guid.CreateVersion7()], lessons, publishedAt ?? DateTimeOffset.UtcNow);
}

[CollectionDefinition(Name)]
public sealed class EducationCollection : ICollectionFixture<EducationFixture>
{
    public const string Name = "azora-education";
}
