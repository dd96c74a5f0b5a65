using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Azora.Testing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Tests.Payments;

/// <summary>
/// A refund or a payout carries no id of the client's own, so its Idempotency-Key is what names it. When the process
/// running such a request dies after the effect committed and before the key's response was stored, the key's claim is
/// abandoned and the same request again takes it over and runs the handler a second time: that run finds the refund or
/// payout the first one made and answers with it, instead of refunding or paying out twice.
/// </summary>
public sealed class IdempotencyTakeoverTests : IAsyncLifetime
{
    private PaymentHost _host = null!;
    private Guid _sellerId;
    private HttpClient _seller = null!;
    private Guid _intent;

    public async Task InitializeAsync()
    {
        _host = await PaymentHost.StartAsync();
        _sellerId = Guid.CreateVersion7();
        _seller = _host.As(_sellerId, Roles.Instructor);
        using var buyer = _host.As(Guid.CreateVersion7(), Roles.Learner);
        _intent = (await buyer.NewIntentAsync(10_000, card: PaymentApi.Succeeds, confirm: true, sellerId: _sellerId)).Id();
    }

    public async Task DisposeAsync()
    {
        _seller.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_refund_committed_before_its_process_died_is_answered_by_the_takeover_and_not_made_again()
    {
        var key = Guid.NewGuid().ToString();
        var first = await PaymentApi.ReadAsync(await _host.Admin.RefundAsync(_intent, 3_000, key), HttpStatusCode.Created);
        var walletAfterFirst = await _host.BalanceOfAsync(_sellerId, AccountKind.Wallet);
        await IdempotencyClaims.AbandonAsync<PaymentDbContext>(_host.Platform, key, _host.Clock);

        var takenOver = await PaymentApi.ReadAsync(await _host.Admin.RefundAsync(_intent, 3_000, key), HttpStatusCode.Created);
        var anotherKey = await PaymentApi.ReadAsync(await _host.Admin.RefundAsync(_intent, 3_000, Guid.NewGuid().ToString()), HttpStatusCode.Created);

        Assert.Equal(first.Id(), takenOver.Id());
        Assert.Equal(3_000, takenOver.GetProperty("amount").GetInt64());
        Assert.NotEqual(first.Id(), anotherKey.Id());
        var refunds = await _host.Admin.GetFromJsonAsync<JsonElement>($"/api/payments/intents/{_intent}/refunds");
        Assert.Equal(new[] { first.Id(), anotherKey.Id() }, refunds.GetProperty("items").EnumerateArray().Select(r => r.Id()));
        var intent = await _host.Admin.GetFromJsonAsync<JsonElement>($"/api/payments/intents/{_intent}");
        Assert.Equal(6_000, intent.GetProperty("amountRefunded").GetInt64());
        Assert.Equal(walletAfterFirst - 2_700, await _host.BalanceOfAsync(_sellerId, AccountKind.Wallet));
        await _host.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task A_payout_committed_before_its_process_died_is_answered_by_the_takeover_and_not_held_again()
    {
        var key = Guid.NewGuid().ToString();
        var body = new { amount = 6_000, currency = "ZAR", destination = "ZA-BANK-0123456789" };
        var first = await PaymentApi.ReadAsync(await _seller.PostAsync("/api/payments/payouts", body, key), HttpStatusCode.Created);
        await IdempotencyClaims.AbandonAsync<PaymentDbContext>(_host.Platform, key, _host.Clock);

        var takenOver = await PaymentApi.ReadAsync(await _seller.PostAsync("/api/payments/payouts", body, key), HttpStatusCode.Created);

        Assert.Equal(first.Id(), takenOver.Id());
        Assert.Equal("pending", takenOver.Status());
        var wallet = (await _seller.GetFromJsonAsync<JsonElement>("/api/wallet")).GetProperty("accounts").EnumerateArray().Single();
        Assert.Equal(9_000, wallet.GetProperty("balance").GetInt64());
        Assert.Equal(3_000, wallet.GetProperty("available").GetInt64());
        Assert.Equal(1, await _host.QueryAsync(db => db.Payouts.CountAsync()));
        Assert.Equal(1, await _host.QueryAsync(db => db.Holds.CountAsync()));
        await _host.AssertLedgerHoldsAsync();
    }
}
