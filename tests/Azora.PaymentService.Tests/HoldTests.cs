using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.PaymentService.Domain;
using Azora.Testing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Tests;

public sealed class HoldTests : IAsyncLifetime
{
    private PaymentHost _host = null!;
    private Guid _buyer;
    private Guid _escrow;

    public async Task InitializeAsync()
    {
        _host = await PaymentHost.StartAsync();
        _buyer = await _host.OpenAsync();
        _escrow = await _host.OpenAsync(kind: "escrow");
        await _host.FundAsync(_buyer, 1_000);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> HoldAsync(long amount, Guid? id = null, int timeoutSeconds = 600) =>
        _host.Admin.PostAsJsonAsync("/api/ledger/holds", new
        {
            id = id ?? Guid.CreateVersion7(),
            debitAccountId = _buyer,
            creditAccountId = _escrow,
            amount,
            currency = "ZAR",
            timeoutSeconds,
        });

    private async Task<Guid> PlaceAsync(long amount, int timeoutSeconds = 600)
    {
        var response = await HoldAsync(amount, timeoutSeconds: timeoutSeconds);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> AccountAsync(Guid id) => await _host.Admin.GetFromJsonAsync<JsonElement>($"/api/ledger/accounts/{id}");

    private Task<HttpResponseMessage> PostAsync(Guid hold, Guid transferId, long? amount = null) =>
        _host.Admin.PostAsJsonAsync($"/api/ledger/holds/{hold}/post", new { transferId, amount });

    [Fact]
    public async Task A_pending_hold_reserves_funds_that_a_guarded_account_cannot_spend_elsewhere()
    {
        await PlaceAsync(700);
        var other = await _host.OpenAsync();

        var overspend = await _host.TransferAsync(_buyer, other, 301);
        var secondHold = await HoldAsync(301);

        await Problems.AssertFieldErrorAsync(overspend, "amount", HttpStatusCode.UnprocessableEntity);
        await Problems.AssertFieldErrorAsync(secondHold, "amount", HttpStatusCode.UnprocessableEntity);
        var buyer = await AccountAsync(_buyer);
        Assert.Equal(1_000, buyer.GetProperty("balance").GetInt64());
        Assert.Equal(700, buyer.GetProperty("reserved").GetInt64());
        Assert.Equal(300, buyer.GetProperty("available").GetInt64());
        Assert.Equal(HttpStatusCode.Created, (await _host.TransferAsync(_buyer, other, 300)).StatusCode);
    }

    [Fact]
    public async Task Posting_part_of_a_hold_transfers_that_part_and_releases_the_rest_and_posting_again_changes_nothing()
    {
        var hold = await PlaceAsync(700);
        var transferId = Guid.CreateVersion7();

        var posted = await PostAsync(hold, transferId, 450);
        var again = await PostAsync(hold, transferId, 450);
        var otherTransfer = await PostAsync(hold, Guid.CreateVersion7());

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await Problems.AssertFieldErrorAsync(otherTransfer, "holdId", HttpStatusCode.Conflict);
        var body = await posted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("posted", body.GetProperty("hold").GetProperty("state").GetString());
        Assert.Equal(transferId, body.GetProperty("transfer").GetProperty("id").GetGuid());
        var buyer = await AccountAsync(_buyer);
        Assert.Equal(550, buyer.GetProperty("balance").GetInt64());
        Assert.Equal(0, buyer.GetProperty("reserved").GetInt64());
        Assert.Equal(450, await _host.BalanceAsync(_escrow));
    }

    [Fact]
    public async Task Posting_more_than_the_hold_is_refused_and_moves_nothing()
    {
        var hold = await PlaceAsync(200);

        await Problems.AssertFieldErrorAsync(await PostAsync(hold, Guid.CreateVersion7(), 201), "amount");

        Assert.Equal(0, await _host.BalanceAsync(_escrow));
        Assert.Equal(200, (await AccountAsync(_buyer)).GetProperty("reserved").GetInt64());
    }

    [Fact]
    public async Task A_voided_hold_releases_its_funds_and_can_no_longer_be_posted()
    {
        var hold = await PlaceAsync(700);

        var voided = await _host.Admin.PostAsync($"/api/ledger/holds/{hold}/void", null);
        var voidedAgain = await _host.Admin.PostAsync($"/api/ledger/holds/{hold}/void", null);
        var post = await PostAsync(hold, Guid.CreateVersion7());

        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        Assert.Equal(HttpStatusCode.OK, voidedAgain.StatusCode);
        await Problems.AssertFieldErrorAsync(post, "holdId", HttpStatusCode.Conflict);
        var buyer = await AccountAsync(_buyer);
        Assert.Equal(1_000, buyer.GetProperty("available").GetInt64());
        Assert.Equal(0, await _host.BalanceAsync(_escrow));
    }

    [Fact]
    public async Task A_hold_past_its_timeout_expires_on_read_and_cannot_be_posted()
    {
        var hold = await PlaceAsync(700, timeoutSeconds: 60);
        _host.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("pending", (await _host.Admin.GetFromJsonAsync<JsonElement>($"/api/ledger/holds/{hold}")).GetProperty("state").GetString());

        _host.Clock.Advance(TimeSpan.FromSeconds(1));
        var read = await _host.Admin.GetFromJsonAsync<JsonElement>($"/api/ledger/holds/{hold}");
        var post = await PostAsync(hold, Guid.CreateVersion7());

        Assert.Equal("expired", read.GetProperty("state").GetString());
        await Problems.AssertFieldErrorAsync(post, "holdId", HttpStatusCode.Conflict);
        Assert.Equal(1_000, (await AccountAsync(_buyer)).GetProperty("available").GetInt64());
        Assert.Equal(0, await _host.BalanceAsync(_escrow));
    }

    [Fact]
    public async Task Posting_a_hold_whose_time_has_passed_expires_it_instead()
    {
        var hold = await PlaceAsync(700, timeoutSeconds: 60);
        _host.Clock.Advance(TimeSpan.FromMinutes(1));

        await Problems.AssertFieldErrorAsync(await PostAsync(hold, Guid.CreateVersion7()), "holdId", HttpStatusCode.Conflict);

        Assert.Equal(HoldState.Expired, await _host.QueryAsync(db => db.Holds.Where(h => h.Id == hold).Select(h => h.State).SingleAsync()));
        Assert.Equal(0, (await AccountAsync(_buyer)).GetProperty("reserved").GetInt64());
    }

    [Fact]
    public async Task The_background_sweep_expires_holds_whose_time_has_passed_without_anyone_reading_them()
    {
        var hold = await PlaceAsync(700, timeoutSeconds: 60);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        var state = HoldState.Pending;
        while (state == HoldState.Pending && DateTime.UtcNow < deadline)
        {
            _host.Clock.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(50);
            state = await _host.QueryAsync(db => db.Holds.Where(h => h.Id == hold).Select(h => h.State).SingleAsync());
        }

        Assert.Equal(HoldState.Expired, state);
        Assert.Equal(0, await _host.QueryAsync(db => db.Accounts.Where(a => a.Id == _buyer).Select(a => a.Reserved).SingleAsync()));
    }

    [Fact]
    public async Task The_same_hold_id_with_the_same_fields_returns_the_hold_and_with_other_fields_is_refused_naming_the_field()
    {
        var id = Guid.CreateVersion7();

        var first = await HoldAsync(300, id);
        var again = await HoldAsync(300, id);
        var otherAmount = await HoldAsync(301, id);
        var otherTimeout = await HoldAsync(300, id, timeoutSeconds: 601);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await Problems.AssertFieldErrorAsync(otherAmount, "amount", HttpStatusCode.Conflict);
        await Problems.AssertFieldErrorAsync(otherTimeout, "timeoutSeconds", HttpStatusCode.Conflict);
        Assert.Equal(300, (await AccountAsync(_buyer)).GetProperty("reserved").GetInt64());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(Hold.MaxTimeoutSeconds + 1)]
    public async Task A_timeout_out_of_range_is_refused_naming_it(int timeoutSeconds)
    {
        await Problems.AssertFieldErrorAsync(await HoldAsync(100, timeoutSeconds: timeoutSeconds), "timeoutSeconds");
        Assert.Equal(0, (await AccountAsync(_buyer)).GetProperty("reserved").GetInt64());
    }
}
