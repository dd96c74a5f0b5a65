using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Azora.Contracts.Audit;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Tracking;

namespace Azora.AuditLoggingService.Tests;

/// <summary>Events published by any service land in the log once each.</summary>
public sealed class RecordingTests : IAsyncLifetime
{
    private AuditLogHost _host = null!;

    public async Task InitializeAsync() => _host = await AuditLogHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task PublishAndWaitAsync(AuditEventRecorded recorded) =>
        _host.Platform.App.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).PublishMessageAndWaitAsync(recorded);

    [Fact]
    public async Task A_published_event_is_appended_with_its_details_and_its_leaf_hash_covers_its_bytes()
    {
        var granted = AuditLogHost.Event(actorId: "admin-1", action: "account.role-granted", resourceId: "bob") with
        {
            Details = new Dictionary<string, string> { ["role"] = "auditor" },
        };

        await using (var scope = _host.Platform.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(granted);
        }
        await _host.WaitForEntriesAsync(1);

        using var auditor = _host.As("auditor");
        var range = await auditor.GetFromJsonAsync<JsonElement>("/api/log/entries?start=0&end=0");
        var entry = Assert.Single(range.GetProperty("items").EnumerateArray());
        Assert.Equal(0, entry.GetProperty("leafIndex").GetInt64());
        Assert.Equal(granted.EventId, entry.GetProperty("eventId").GetGuid());
        Assert.Equal("account.role-granted", entry.GetProperty("action").GetString());
        Assert.Equal("account", entry.GetProperty("actor").GetProperty("kind").GetString());
        Assert.Equal("auditor", entry.GetProperty("details").GetProperty("role").GetString());
        var bytes = Convert.FromBase64String(entry.GetProperty("entry").GetString()!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([0x00, .. bytes])), entry.GetProperty("leafHash").GetString());
    }

    [Fact]
    public async Task A_redelivered_event_is_appended_once()
    {
        var signedIn = AuditLogHost.Event();

        await PublishAndWaitAsync(signedIn);
        await PublishAndWaitAsync(signedIn);
        var again = await _host.AppendAsync(signedIn);

        Assert.False(again);
        Assert.Equal(1, await _host.CountAsync());
    }

    [Fact]
    public async Task Entries_get_consecutive_leaf_indexes_in_arrival_order()
    {
        var events = Enumerable.Range(0, 20).Select(i => AuditLogHost.Event(actorId: $"user-{i}")).ToList();

        await Task.WhenAll(events.Select(_host.AppendAsync));

        var indexes = await _host.QueryAsync(db => Task.FromResult(db.Entries.Select(e => e.LeafIndex).OrderBy(i => i).ToList()));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => (long)i), indexes);
    }

    [Fact]
    public async Task Events_appended_together_answer_each_alone_a_refusal_and_a_repeat_change_only_themselves()
    {
        var first = AuditLogHost.Event(actorId: "user-first");
        var malformed = AuditLogHost.Event(action: "Not An Action");
        var last = AuditLogHost.Event(actorId: "user-last");

        var appends = new[] { first, malformed, first, last }.Select(_host.AppendAsync).ToList();

        Assert.Equal("action", (await Assert.ThrowsAsync<ArgumentException>(() => appends[1])).ParamName);
        Assert.Equal(new[] { false, true }, (await Task.WhenAll(appends[0], appends[2])).Order());
        Assert.True(await appends[3]);
        var logged = await _host.QueryAsync(db => Task.FromResult(db.Entries.OrderBy(e => e.LeafIndex).Select(e => new { e.LeafIndex, e.EventId }).ToList()));
        Assert.Equal(new[] { 0L, 1L }, logged.Select(e => e.LeafIndex));
        Assert.Equal(new[] { first.EventId, last.EventId }.Order(), logged.Select(e => e.EventId).Order());
    }

    [Fact]
    public async Task An_event_that_breaks_the_rules_is_refused_and_leaves_the_log_unchanged()
    {
        var malformed = AuditLogHost.Event(action: "Not An Action");
        var nameless = AuditLogHost.Event() with { Actor = new AuditActor("", AuditActorKind.Service) };

        Assert.Equal("action", (await Assert.ThrowsAsync<ArgumentException>(() => _host.AppendAsync(malformed))).ParamName);
        Assert.Equal("actorId", (await Assert.ThrowsAsync<ArgumentException>(() => _host.AppendAsync(nameless))).ParamName);
        Assert.Equal(0, await _host.CountAsync());
    }
}
