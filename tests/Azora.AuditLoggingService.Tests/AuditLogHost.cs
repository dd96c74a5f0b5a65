using System.Net.Http.Headers;
using System.Text.Json;
using Azora.AuditLoggingService.Data;
using Azora.AuditLoggingService.Log;
using Azora.Contracts.Audit;
using System.Net.Http.Json;
using Azora.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.AuditLoggingService.Tests;

/// <summary>The real host with audit-logging-service alone, a test token issuer, and ways to feed and inspect the log.</summary>
internal sealed class AuditLogHost : IAsyncDisposable
{
    public const string ServiceId = "audit-logging-service";

    private readonly TestTokens _tokens = new();

    private AuditLogHost(TestPlatform platform, TestTokens tokens)
    {
        Platform = platform;
        _tokens = tokens;
    }

    public TestPlatform Platform { get; }

    public static async Task<AuditLogHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var tokens = new TestTokens();
        var platform = await TestPlatform.StartAsync([ServiceId], settings, configure: tokens.Trust);
        return new AuditLogHost(platform, tokens);
    }

    public HttpClient Anonymous() => Platform.Client(ServiceId);

    public HttpClient As(params string[] roles)
    {
        var client = Platform.Client(ServiceId);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.ForAccount(Guid.CreateVersion7(), roles));
        return client;
    }

    public HttpClient Admin() => As("platform-admin");

    public static AuditEventRecorded Event(
        string actorId = "alice", string action = "account.signed-in", string resourceType = "account", string resourceId = "alice",
        DateTimeOffset? occurredAt = null, AuditOutcome outcome = AuditOutcome.Succeeded) =>
        new(Guid.CreateVersion7(), new AuditActor(actorId, AuditActorKind.Account), action, new AuditResource(resourceType, resourceId),
            outcome, occurredAt ?? DateTimeOffset.UtcNow, "user-service", new Dictionary<string, string> { ["ip"] = "127.0.0.1" });

    /// <summary>Appends through the writer the message handler uses.</summary>
    public Task<bool> AppendAsync(AuditEventRecorded recorded) =>
        Platform.App.Services.GetRequiredService<AuditLogWriter>().AppendAsync(recorded, CancellationToken.None);

    public async Task<T> QueryAsync<T>(Func<AuditDbContext, Task<T>> query)
    {
        await using var scope = Platform.App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AuditDbContext>());
    }

    public Task<long> CountAsync() => QueryAsync(db => db.Entries.LongCountAsync());

    /// <summary>Polls until the log holds <paramref name="count"/> entries, failing after a generous deadline.</summary>
    public async Task WaitForEntriesAsync(long count)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (await CountAsync() < count)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"The log did not reach {count} entries.");
            await Task.Delay(25);
        }
    }

    public async Task<JsonElement> SignTreeHeadAsync()
    {
        using var admin = Admin();
        var response = await admin.PostAsync("/api/log/tree-heads", null);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async ValueTask DisposeAsync()
    {
        await Platform.DisposeAsync();
        _tokens.Dispose();
    }
}
