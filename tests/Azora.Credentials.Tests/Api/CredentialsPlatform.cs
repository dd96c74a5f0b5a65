using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.Contracts.Lms;
using Azora.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Wolverine;

namespace Azora.Credentials.Tests.Api;

/// <summary>
/// azora-credentials hosted (alone by default: audit-logging-service is then absent and its proof "unavailable"), with
/// helpers to issue and verify.
/// </summary>
public sealed class CredentialsPlatform : IAsyncLifetime
{
    public const string ServiceId = "azora-credentials";

    private readonly IReadOnlyCollection<string> services;

    public CredentialsPlatform()
        : this([ServiceId])
    {
    }

    private CredentialsPlatform(IReadOnlyCollection<string> services) => this.services = services;

    /// <summary>azora-credentials with audit-logging-service beside it.</summary>
    public static CredentialsPlatform WithAuditLog() => new([ServiceId, "audit-logging-service"]);

    public TestTokens Tokens { get; } = new();

    // Starts at the real time so that the tokens are current; tests may move it on.
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    public Guid Admin { get; } = Guid.CreateVersion7();

    public TestPlatform Platform { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Platform = await TestPlatform.StartAsync(services, clock: Clock, configure: Tokens.Trust);

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        Tokens.Dispose();
    }

    public HttpClient Anonymous() => Platform.Client(ServiceId);

    public HttpClient As(Guid account, params string[] roles)
    {
        var client = Platform.Client(ServiceId);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.ForAccount(account, roles));
        return client;
    }

    public HttpClient AsAdmin() => As(Admin, Roles.PlatformAdmin);

    public static CourseCompleted Completion(Guid learner, Guid course, string title = "Relational databases") =>
        new(learner, course, title, "Tables, keys and joins.", ["SQL joins", "Normalisation"], 92.5m, DateTimeOffset.UtcNow);

    /// <summary>Handles the event inline (as a delivery would) and returns when the handler is done.</summary>
    public Task DeliverAsync(object message) =>
        Platform.App.Services.GetRequiredService<IMessageBus>().InvokeAsync(message);

    /// <summary>Publishes the event on the bus and waits (polling the learner's wallet, with a deadline) for its credential.</summary>
    public async Task<JsonElement> PublishAndAwaitCredentialAsync(CourseCompleted completed)
    {
        await Platform.App.Services.GetRequiredService<IMessageBus>().PublishAsync(completed);
        using var learner = As(completed.LearnerId, Roles.Learner);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var wallet = await learner.GetFromJsonAsync<JsonElement>("/api/wallet");
            var match = wallet.GetProperty("items").EnumerateArray()
                .Where(item => item.GetProperty("sourceId").GetGuid() == completed.CourseId).ToList();
            if (match.Count > 0)
            {
                return match[0].Clone();
            }

            Assert.True(DateTime.UtcNow < deadline, "The credential was not issued within 30 seconds.");
            await Task.Delay(100);
        }
    }

    public async Task<JsonElement> IssueAsync(Guid learner, Guid? course = null)
    {
        var completed = Completion(learner, course ?? Guid.CreateVersion7());
        await DeliverAsync(completed);
        using var client = As(learner, Roles.Learner);
        var wallet = await client.GetFromJsonAsync<JsonElement>("/api/wallet");
        return wallet.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("sourceId").GetGuid() == completed.CourseId).Clone();
    }

    public async Task<JsonElement> VerifyAsync(object body)
    {
        using var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/verify", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"verify answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static string CheckResult(JsonElement report, string name) =>
        report.GetProperty("checks").EnumerateArray().Single(check => check.GetProperty("name").GetString() == name).GetProperty("result").GetString()!;

    public static string[] FailedChecks(JsonElement report) =>
        [.. report.GetProperty("failedChecks").EnumerateArray().Select(check => check.GetString()!)];
}
