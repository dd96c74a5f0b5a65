using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.PaymentService.Domain;
using Azora.Testing;

namespace Azora.PaymentService.Tests.Payments;

public sealed class PayoutTests : IAsyncLifetime
{
    private PaymentHost _host = null!;
    private Guid _sellerId;
    private HttpClient _seller = null!;

    public async Task InitializeAsync()
    {
        _host = await PaymentHost.StartAsync(new Dictionary<string, string?> { ["Azora:Payments:PayoutHoldingPeriod"] = "3.00:00:00" });
        _sellerId = Guid.CreateVersion7();
        _seller = _host.As(_sellerId, Roles.Instructor);
        using var buyer = _host.As(Guid.CreateVersion7(), Roles.Learner);
        await buyer.NewIntentAsync(10_000, card: PaymentApi.Succeeds, confirm: true, sellerId: _sellerId);
    }

    public async Task DisposeAsync()
    {
        _seller.Dispose();
        await _host.DisposeAsync();
    }

    private Task<HttpResponseMessage> RequestAsync(long amount, string currency = "ZAR", string? destination = "ZA-BANK-0123456789") =>
        _seller.PostAsync("/api/payments/payouts", new { amount, currency, destination });

    [Fact]
    public async Task A_payout_holds_the_money_for_the_holding_period_then_pays_it_out()
    {
        var payout = await PaymentApi.ReadAsync(await RequestAsync(6_000), HttpStatusCode.Created);
        var wallet = await _seller.GetFromJsonAsync<JsonElement>("/api/wallet");
        var account = wallet.GetProperty("accounts").EnumerateArray().Single();
        _host.Clock.Advance(TimeSpan.FromDays(2));
        await Task.Yield();
        var early = await _seller.GetFromJsonAsync<JsonElement>($"/api/payments/payouts/{payout.Id()}");

        Assert.Equal("pending", payout.Status());
        Assert.Equal(9_000, account.GetProperty("balance").GetInt64());
        Assert.Equal(3_000, account.GetProperty("available").GetInt64());
        Assert.Equal("pending", early.Status());
        _host.Clock.Advance(TimeSpan.FromDays(1));
        await PaymentApi.EventuallyAsync(async () =>
        {
            _host.Clock.Advance(TimeSpan.FromSeconds(5));
            return (await _seller.GetFromJsonAsync<JsonElement>($"/api/payments/payouts/{payout.Id()}")).Status() == "paid";
        }, "the payout to be paid");
        Assert.Equal(3_000, await _host.BalanceOfAsync(_sellerId, AccountKind.Wallet));
        Assert.Equal(-10_000 + 6_000, await _host.PlatformBalanceAsync(AccountKind.ProviderClearing));
        await _host.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task A_pending_payout_can_be_canceled_and_the_money_is_available_again()
    {
        var payout = await PaymentApi.ReadAsync(await RequestAsync(9_000), HttpStatusCode.Created);
        var more = await RequestAsync(1);

        var canceled = await PaymentApi.ReadAsync(await _seller.PostAsync($"/api/payments/payouts/{payout.Id()}/cancel", null));
        var twice = await _seller.PostAsync($"/api/payments/payouts/{payout.Id()}/cancel", null);

        await Problems.AssertFieldErrorAsync(more, "amount", HttpStatusCode.UnprocessableEntity);
        Assert.Equal("canceled", canceled.Status());
        await Problems.AssertProblemAsync(twice, HttpStatusCode.Conflict);
        var account = (await _seller.GetFromJsonAsync<JsonElement>("/api/wallet")).GetProperty("accounts").EnumerateArray().Single();
        Assert.Equal(9_000, account.GetProperty("available").GetInt64());
    }

    [Fact]
    public async Task Bad_payout_requests_are_refused_and_hold_nothing()
    {
        await Problems.AssertFieldErrorAsync(await RequestAsync(0), "amount");
        await Problems.AssertFieldErrorAsync(await RequestAsync(-1), "amount");
        await Problems.AssertFieldErrorAsync(await RequestAsync(100, "zar"), "currency");
        await Problems.AssertFieldErrorAsync(await RequestAsync(100, "AZR"), "currency");
        await Problems.AssertFieldErrorAsync(await RequestAsync(100, destination: " "), "destination");
        await Problems.AssertFieldErrorAsync(await RequestAsync(100, "USD"), "amount", HttpStatusCode.UnprocessableEntity);
        await Problems.AssertFieldErrorAsync(await RequestAsync(9_001), "amount", HttpStatusCode.UnprocessableEntity);
        using var stranger = _host.As(Guid.CreateVersion7(), Roles.Learner);
        var payout = await PaymentApi.ReadAsync(await RequestAsync(100), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/payments/payouts/{payout.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/payments/payouts/{payout.Id()}/cancel", null)).StatusCode);
        var account = (await _seller.GetFromJsonAsync<JsonElement>("/api/wallet")).GetProperty("accounts").EnumerateArray().Single();
        Assert.Equal(100, account.GetProperty("reserved").GetInt64());
    }
}
