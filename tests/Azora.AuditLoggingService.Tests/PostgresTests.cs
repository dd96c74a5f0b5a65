using System.Net.Http.Json;
using System.Text.Json;
using Azora.AuditLoggingService.Domain;
using Azora.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Wolverine.Tracking;

namespace Azora.AuditLoggingService.Tests;

/// <summary>The same log on PostgreSQL, where audit-logging-service runs when the platform is split.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class PostgresTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Events_are_logged_proved_searched_and_verified_on_postgresql_and_tampering_is_named()
    {
        await using var host = await AuditLogHost.StartAsync(new Dictionary<string, string?>
        {
            ["Azora:Database"] = "Postgres",
            ["ConnectionStrings:Postgres"] = await postgres.Server.CreateDatabaseAsync(),
        });
        var start = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero).AddTicks(1234560);
        var events = Enumerable.Range(0, 12).Select(i => AuditLogHost.Event(actorId: $"user-{i % 3}", occurredAt: start.AddMinutes(i))).ToList();
        foreach (var recorded in events.Append(events[0]))
        {
            await host.Platform.App.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).PublishMessageAndWaitAsync(recorded);
        }
        var signed = await host.SignTreeHeadAsync();
        using var auditor = host.As("auditor");

        Assert.Equal(12, await host.CountAsync());
        Assert.Equal(12, signed.GetProperty("treeSize").GetInt64());
        var page = await auditor.GetFromJsonAsync<JsonElement>(
            "/api/log/entries/search?actorId=user-1&from=2026-03-01T08:04:00Z&to=2026-03-01T08:10:00Z");
        Assert.Equal([7L, 4], page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("leafIndex").GetInt64()));
        var proof = await auditor.GetFromJsonAsync<JsonElement>("/api/log/proofs/inclusion?leafIndex=5&treeSize=12");
        Assert.True(MerkleProofs.VerifyInclusion(Convert.FromHexString(proof.GetProperty("leafHash").GetString()!), 5, 12,
            proof.GetProperty("auditPath").EnumerateArray().Select(h => Convert.FromHexString(h.GetString()!)).ToList(),
            Convert.FromHexString(signed.GetProperty("rootHash").GetString()!)));
        Assert.True((await Verification.RunAsync(host)).Holds);

        var tampered = await host.QueryAsync(async db =>
        {
            var entry = await db.Entries.SingleAsync(e => e.LeafIndex == 8);
            var content = entry.Content.ToArray();
            content[^3] ^= 0x01;
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE entries SET \"Content\" = {content} WHERE \"LeafIndex\" = 8");
            return entry.Id;
        });
        var result = await Verification.RunAsync(host);

        Assert.False(result.Holds);
        Assert.Contains(result.Faults, f => f.LeafIndex == 8 && f.EntryId == tampered);
    }
}
