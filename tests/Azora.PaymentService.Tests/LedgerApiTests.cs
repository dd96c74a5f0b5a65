using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Tests;

public sealed class LedgerApiTests : IAsyncLifetime
{
    private PaymentHost _host = null!;

    public async Task InitializeAsync() => _host = await PaymentHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_transfer_debits_one_account_and_credits_the_other_by_the_same_amount()
    {
        var alice = await _host.OpenAsync();
        var bob = await _host.OpenAsync();
        await _host.FundAsync(alice, 10_000);

        var response = await _host.TransferAsync(alice, bob, 2_550);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var transfer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2_550, transfer.GetProperty("amount").GetInt64());
        Assert.Equal(7_450, await _host.BalanceAsync(alice));
        Assert.Equal(2_550, await _host.BalanceAsync(bob));
        var read = await _host.Admin.GetFromJsonAsync<JsonElement>($"/api/ledger/transfers/{transfer.GetProperty("id").GetGuid()}");
        Assert.Equal(bob, read.GetProperty("creditAccountId").GetGuid());
    }

    [Fact]
    public async Task A_guarded_account_cannot_go_negative_and_the_refusal_moves_nothing()
    {
        var alice = await _host.OpenAsync();
        var bob = await _host.OpenAsync();
        await _host.FundAsync(alice, 1_000);

        var response = await _host.TransferAsync(alice, bob, 1_001);

        await Problems.AssertFieldErrorAsync(response, "amount", HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1_000, await _host.BalanceAsync(alice));
        Assert.Equal(0, await _host.BalanceAsync(bob));
        Assert.Equal(HttpStatusCode.Created, (await _host.TransferAsync(alice, bob, 1_000)).StatusCode);
        Assert.Equal(0, await _host.BalanceAsync(alice));
    }

    [Fact]
    public async Task The_same_transfer_id_with_the_same_fields_returns_the_existing_transfer_and_moves_nothing_more()
    {
        var alice = await _host.OpenAsync();
        var bob = await _host.OpenAsync();
        await _host.FundAsync(alice, 1_000);
        var id = Guid.CreateVersion7();

        var first = await _host.TransferAsync(alice, bob, 300, id: id);
        var again = await _host.TransferAsync(alice, bob, 300, id: id);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(700, await _host.BalanceAsync(alice));
        Assert.Equal(300, await _host.BalanceAsync(bob));
    }

    [Fact]
    public async Task The_same_transfer_id_with_different_fields_is_refused_naming_the_field_that_differs()
    {
        var alice = await _host.OpenAsync();
        var bob = await _host.OpenAsync();
        var carol = await _host.OpenAsync();
        await _host.FundAsync(alice, 1_000);
        var id = Guid.CreateVersion7();
        await _host.TransferAsync(alice, bob, 300, id: id);

        await Problems.AssertFieldErrorAsync(await _host.TransferAsync(alice, bob, 301, id: id), "amount", HttpStatusCode.Conflict);
        await Problems.AssertFieldErrorAsync(await _host.TransferAsync(alice, carol, 300, id: id), "creditAccountId", HttpStatusCode.Conflict);

        Assert.Equal(700, await _host.BalanceAsync(alice));
        Assert.Equal(0, await _host.BalanceAsync(carol));
    }

    [Fact]
    public async Task A_correction_is_a_reversing_transfer_and_the_original_stays_in_the_history()
    {
        var alice = await _host.OpenAsync();
        var bob = await _host.OpenAsync();
        await _host.FundAsync(alice, 1_000);
        var original = Guid.CreateVersion7();
        await _host.TransferAsync(alice, bob, 400, id: original);

        var wrongWay = await _host.TransferAsync(alice, bob, 400, reverses: original);
        var reversal = await _host.TransferAsync(bob, alice, 400, reverses: original);
        var twice = await _host.TransferAsync(bob, alice, 400, reverses: original);

        await Problems.AssertFieldErrorAsync(wrongWay, "debitAccountId");
        Assert.Equal(HttpStatusCode.Created, reversal.StatusCode);
        await Problems.AssertFieldErrorAsync(twice, "reverses");
        Assert.Equal(1_000, await _host.BalanceAsync(alice));
        Assert.Equal(0, await _host.BalanceAsync(bob));
        Assert.True(await _host.QueryAsync(db => db.Transfers.AnyAsync(t => t.Id == original)));
    }

    [Fact]
    public async Task Linked_transfers_are_all_written_or_none_is()
    {
        var buyer = await _host.OpenAsync();
        var seller = await _host.OpenAsync();
        var fees = await _host.OpenAsync(kind: "fees");
        await _host.FundAsync(buyer, 1_000);
        object Leg(Guid debit, Guid credit, long amount) =>
            new { id = Guid.CreateVersion7(), debitAccountId = debit, creditAccountId = credit, amount, currency = "ZAR" };

        var tooMuch = await _host.Admin.PostAsJsonAsync("/api/ledger/transfers/batch",
            new { transfers = new[] { Leg(buyer, seller, 900), Leg(buyer, fees, 200) } });
        var affordable = await _host.Admin.PostAsJsonAsync("/api/ledger/transfers/batch",
            new { transfers = new[] { Leg(buyer, seller, 900), Leg(buyer, fees, 100) } });

        await Problems.AssertFieldErrorAsync(tooMuch, "transfers[1].amount", HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.Created, affordable.StatusCode);
        Assert.Equal(0, await _host.BalanceAsync(buyer));
        Assert.Equal(900, await _host.BalanceAsync(seller));
        Assert.Equal(100, await _host.BalanceAsync(fees));
    }

    [Fact]
    public async Task An_owner_has_one_account_per_kind_and_currency_and_accounts_list_by_owner()
    {
        var owner = Guid.CreateVersion7();
        var zar = await _host.OpenAsync("ZAR", owner: owner);
        _host.Clock.Advance(TimeSpan.FromSeconds(1));
        var azr = await _host.OpenAsync("AZR", owner: owner);
        await _host.OpenAsync("ZAR");

        var duplicate = await _host.Admin.PostAsJsonAsync("/api/ledger/accounts", new { ownerId = owner, currency = "ZAR", kind = "wallet" });
        var page = await _host.Admin.GetFromJsonAsync<JsonElement>($"/api/ledger/accounts?ownerId={owner}&limit=1");
        var next = await _host.Admin.GetFromJsonAsync<JsonElement>(
            $"/api/ledger/accounts?ownerId={owner}&limit=1&cursor={page.GetProperty("nextCursor").GetString()}");

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(zar, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var second = Assert.Single(next.GetProperty("items").EnumerateArray());
        Assert.Equal(azr, second.GetProperty("id").GetGuid());
        Assert.True(second.GetProperty("guarded").GetBoolean());
        Assert.Equal(JsonValueKind.Null, next.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task The_running_balances_agree_with_the_transfers_they_are_derived_from()
    {
        var alice = await _host.OpenAsync();
        var bob = await _host.OpenAsync();
        await _host.FundAsync(alice, 5_000);
        for (var i = 1; i <= 5; i++)
        {
            await _host.TransferAsync(alice, bob, i * 100);
            await _host.TransferAsync(bob, alice, i * 10);
        }

        var fromTransfers = await _host.QueryAsync(async db =>
            await db.Transfers.Where(t => t.CreditAccountId == bob).SumAsync(t => t.Amount)
            - await db.Transfers.Where(t => t.DebitAccountId == bob).SumAsync(t => t.Amount));

        Assert.Equal(1_350, fromTransfers);
        Assert.Equal(fromTransfers, await _host.BalanceAsync(bob));
    }
}
