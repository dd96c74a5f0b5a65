using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;

namespace Azora.PaymentService.Tests;

public sealed class StatementTests : IAsyncLifetime
{
    private PaymentHost _host = null!;
    private Guid _alice;
    private Guid _bob;
    private readonly List<DateTimeOffset> _times = [];

    /// <summary>Alice is funded 1000, then pays Bob 100, 200, 300 and gets 50 back, a minute apart.</summary>
    public async Task InitializeAsync()
    {
        _host = await PaymentHost.StartAsync();
        _alice = await _host.OpenAsync();
        _bob = await _host.OpenAsync();
        await _host.FundAsync(_alice, 1_000);
        _times.Add(_host.Clock.GetUtcNow());
        foreach (var (from, to, amount) in new[] { (_alice, _bob, 100L), (_alice, _bob, 200L), (_alice, _bob, 300L), (_bob, _alice, 50L) })
        {
            _host.Clock.Advance(TimeSpan.FromMinutes(1));
            Assert.Equal(HttpStatusCode.Created, (await _host.TransferAsync(from, to, amount)).StatusCode);
            _times.Add(_host.Clock.GetUtcNow());
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<long> BalanceAtAsync(Guid account, DateTimeOffset at) =>
        (await _host.Admin.GetFromJsonAsync<JsonElement>($"/api/ledger/accounts/{account}/balance?at={Uri.EscapeDataString(at.ToString("O"))}"))
            .GetProperty("balance").GetInt64();

    [Fact]
    public async Task The_balance_at_any_instant_counts_the_transfers_written_by_then()
    {
        Assert.Equal(0, await BalanceAtAsync(_alice, _times[0].AddTicks(-1)));
        Assert.Equal(1_000, await BalanceAtAsync(_alice, _times[0]));
        Assert.Equal(900, await BalanceAtAsync(_alice, _times[1].AddSeconds(30)));
        Assert.Equal(400, await BalanceAtAsync(_alice, _times[3]));
        Assert.Equal(450, await BalanceAtAsync(_alice, _times[4]));
        Assert.Equal(550, await BalanceAtAsync(_bob, _times[4].AddDays(1)));
    }

    [Fact]
    public async Task A_bad_instant_is_refused_naming_it()
    {
        await Problems.AssertFieldErrorAsync(await _host.Admin.GetAsync($"/api/ledger/accounts/{_alice}/balance?at=yesterday"), "at");
    }

    [Fact]
    public async Task The_json_statement_pages_oldest_first_with_running_balances_and_no_gaps()
    {
        var lines = new List<JsonElement>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await _host.Admin.GetFromJsonAsync<JsonElement>(
                $"/api/ledger/accounts/{_alice}/statement?limit=2" + (cursor is null ? "" : "&cursor=" + cursor));
            lines.AddRange(page.GetProperty("lines").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(["credit", "debit", "debit", "debit", "credit"], lines.Select(l => l.GetProperty("direction").GetString()));
        Assert.Equal([1_000L, 100, 200, 300, 50], lines.Select(l => l.GetProperty("amount").GetInt64()));
        Assert.Equal([1_000L, 900, 700, 400, 450], lines.Select(l => l.GetProperty("balanceAfter").GetInt64()));
        Assert.Equal(_bob, lines[1].GetProperty("counterpartyAccountId").GetGuid());
    }

    [Fact]
    public async Task The_csv_statement_has_a_header_and_a_row_per_transfer_and_the_next_cursor_in_a_header()
    {
        var first = await _host.Admin.GetAsync($"/api/ledger/accounts/{_bob}/statement?format=csv&limit=3");
        var cursor = Assert.Single(first.Headers.GetValues("Next-Cursor"));
        var rest = await _host.Admin.GetAsync($"/api/ledger/accounts/{_bob}/statement?format=csv&limit=3&cursor={cursor}");

        Assert.Equal("text/csv", first.Content.Headers.ContentType?.MediaType);
        var rows = (await first.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("transferId,createdAt,direction,amount,counterpartyAccountId,reference,balanceAfter", rows[0]);
        Assert.Equal(["credit", "credit", "credit"], rows.Skip(1).Select(r => r.Split(',')[2]));
        Assert.Equal("600", rows[^1].Split(',')[6]);
        var last = (await rest.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, last.Length);
        Assert.Equal(["debit", "50", "550"], last[1].Split(',').Where((_, i) => i is 2 or 3 or 6));
        Assert.False(rest.Headers.Contains("Next-Cursor"));
    }

    [Theory]
    [InlineData("?cursor=%%%", "cursor")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?format=xml", "format")]
    public async Task A_bad_statement_request_is_refused_naming_the_parameter(string query, string field)
    {
        await Problems.AssertFieldErrorAsync(await _host.Admin.GetAsync($"/api/ledger/accounts/{_alice}/statement{query}"), field);
    }
}
