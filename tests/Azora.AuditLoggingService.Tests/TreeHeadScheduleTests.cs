using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.AuditLoggingService.Tests;

public sealed class TreeHeadScheduleTests
{
    [Fact]
    public async Task A_grown_log_is_signed_on_schedule_without_being_asked()
    {
        await using var host = await AuditLogHost.StartAsync(new Dictionary<string, string?> { ["Azora:AuditLog:TreeHeadIntervalSeconds"] = "1" });
        for (var i = 0; i < 4; i++)
        {
            await host.AppendAsync(AuditLogHost.Event());
        }
        using var auditor = host.As("auditor");

        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        long signedSize = -1;
        while (signedSize != 4)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "No tree head of the grown log was signed.");
            await Task.Delay(100);
            var response = await auditor.GetAsync("/api/log/tree-heads/latest");
            if (response.IsSuccessStatusCode)
            {
                signedSize = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("treeSize").GetInt64();
            }
        }

        var heads = await auditor.GetFromJsonAsync<JsonElement>("/api/log/tree-heads");
        Assert.Contains(heads.GetProperty("items").EnumerateArray(), h => h.GetProperty("treeSize").GetInt64() == 4);
    }

    [Fact]
    public async Task Tree_heads_page_newest_first()
    {
        await using var host = await AuditLogHost.StartAsync();
        var signed = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            await host.AppendAsync(AuditLogHost.Event());
            signed.Add((await host.SignTreeHeadAsync()).GetProperty("id").GetGuid());
        }
        using var auditor = host.As("auditor");

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await auditor.GetFromJsonAsync<JsonElement>("/api/log/tree-heads?limit=2" + (cursor is null ? "" : "&cursor=" + cursor));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null && seen.Count < 20);

        Assert.Equal(Enumerable.Reverse(signed), seen);
    }
}
