using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.AuditLoggingService.Tests;

/// <summary>Search by actor, action, resource and time, a page at a time, and the exports.</summary>
public sealed class SearchTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private AuditLogHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await AuditLogHost.StartAsync();
        for (var i = 0; i < 7; i++)
        {
            await _host.AppendAsync(AuditLogHost.Event(actorId: "alice", action: "account.signed-in", occurredAt: Start.AddHours(i)));
        }
        await _host.AppendAsync(AuditLogHost.Event(actorId: "bob", action: "account.signed-in", occurredAt: Start));
        await _host.AppendAsync(AuditLogHost.Event(actorId: "admin", action: "account.role-granted", resourceId: "bob", occurredAt: Start.AddDays(1)));
        await _host.AppendAsync(AuditLogHost.Event(actorId: "alice", action: "payment.sent", resourceType: "payment", resourceId: "p-1", occurredAt: Start.AddDays(2)));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static IEnumerable<long> Indexes(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("leafIndex").GetInt64());

    [Fact]
    public async Task Pages_follow_the_cursor_newest_first_without_gaps_or_repeats()
    {
        using var auditor = _host.As("auditor");
        var seen = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await auditor.GetFromJsonAsync<JsonElement>("/api/log/entries/search?actorId=alice&action=account.signed-in&limit=3" + (cursor is null ? "" : "&cursor=" + cursor));
            seen.AddRange(Indexes(page));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal([6L, 5, 4, 3, 2, 1, 0], seen);
    }

    [Fact]
    public async Task The_default_page_has_twenty_entries_at_most()
    {
        using var auditor = _host.As("auditor");

        var page = await auditor.GetFromJsonAsync<JsonElement>("/api/log/entries/search");

        Assert.Equal(10, page.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
    }

    [Theory]
    [InlineData("actorId=alice", new long[] { 9, 6, 5, 4, 3, 2, 1, 0 })]
    [InlineData("action=account.role-granted", new long[] { 8 })]
    [InlineData("resourceType=account&resourceId=bob", new long[] { 8 })]
    [InlineData("resourceType=payment", new long[] { 9 })]
    [InlineData("from=2026-03-01T10:00:00Z&to=2026-03-01T13:00:00Z", new long[] { 4, 3, 2 })]
    [InlineData("actorId=alice&from=2026-03-02T00:00:00Z", new long[] { 9 })]
    [InlineData("actorId=nobody", new long[0])]
    public async Task Filters_narrow_the_search(string filter, long[] expected)
    {
        using var auditor = _host.As("auditor");

        var page = await auditor.GetFromJsonAsync<JsonElement>("/api/log/entries/search?" + filter);

        Assert.Equal(expected, Indexes(page));
    }

    [Fact]
    public async Task The_csv_export_has_a_header_and_a_row_per_matching_entry_in_log_order()
    {
        using var auditor = _host.As("auditor");

        var response = await auditor.GetAsync("/api/log/entries/export?format=csv&actorId=alice");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("leafIndex,id,eventId,", lines[0], StringComparison.Ordinal);
        Assert.Equal(9, lines.Length);
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "9"], lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public async Task The_json_export_lists_the_matching_entries_with_their_bytes()
    {
        using var auditor = _host.As("auditor");

        var entries = await auditor.GetFromJsonAsync<JsonElement>("/api/log/entries/export?format=json&action=account.signed-in");

        Assert.Equal(8, entries.GetArrayLength());
        Assert.All(entries.EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("entry").GetString())));
    }
}
