using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.PaymentService.Domain;
using Azora.Testing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Tests.Payments;

public sealed class RefundTests : IAsyncLifetime
{
    private PaymentHost _host = null!;
    private HttpClient _payer = null!;

    public async Task InitializeAsync()
    {
        _host = await PaymentHost.StartAsync();
        _payer = _host.As(Guid.CreateVersion7(), Roles.Learner);
    }

    public async Task DisposeAsync()
    {
        _payer.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Partial_refunds_repeat_up_to_the_captured_amount_and_return_the_fee_in_proportion()
    {
        var seller = Guid.CreateVersion7();
        var intent = await _payer.NewIntentAsync(10_000, card: PaymentApi.Succeeds, confirm: true, sellerId: seller);

        var first = await PaymentApi.ReadAsync(await _host.Admin.RefundAsync(intent.Id(), 3_000), HttpStatusCode.Created);
        var second = await PaymentApi.ReadAsync(await _host.Admin.RefundAsync(intent.Id(), 3_333), HttpStatusCode.Created);
        var beyond = await _host.Admin.RefundAsync(intent.Id(), 3_668);
        var rest = await PaymentApi.ReadAsync(await _host.Admin.RefundAsync(intent.Id()), HttpStatusCode.Created);
        var nothingLeft = await _host.Admin.RefundAsync(intent.Id(), 1);

        Assert.Equal(300, first.GetProperty("feeReturned").GetInt64());
        Assert.Equal(333, second.GetProperty("feeReturned").GetInt64());
        await Problems.AssertFieldErrorAsync(beyond, "amount", HttpStatusCode.UnprocessableEntity);
        Assert.Equal(3_667, rest.GetProperty("amount").GetInt64());
        Assert.Equal(367, rest.GetProperty("feeReturned").GetInt64());
        await Problems.AssertFieldErrorAsync(nothingLeft, "amount", HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, await _host.BalanceOfAsync(seller, AccountKind.Wallet));
        Assert.Equal(0, await _host.PlatformBalanceAsync(AccountKind.Fees));
        Assert.Equal(0, await _host.PlatformBalanceAsync(AccountKind.ProviderClearing));
        var read = await _payer.GetFromJsonAsync<JsonElement>($"/api/payments/intents/{intent.Id()}");
        Assert.Equal(10_000, read.GetProperty("amountRefunded").GetInt64());
        var refunds = await _payer.GetFromJsonAsync<JsonElement>($"/api/payments/intents/{intent.Id()}/refunds");
        Assert.Equal(3, refunds.GetProperty("items").GetArrayLength());
        await _host.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task A_refund_the_sellers_wallet_can_no_longer_cover_is_refused_and_moves_nothing()
    {
        var seller = Guid.CreateVersion7();
        var intent = await _payer.NewIntentAsync(10_000, card: PaymentApi.Succeeds, confirm: true, sellerId: seller);
        var sellerWallet = await _host.QueryAsync(db => db.Accounts.Where(a => a.OwnerId == seller).Select(a => a.Id).SingleAsync());
        var elsewhere = await _host.OpenAsync();
        Assert.Equal(HttpStatusCode.Created, (await _host.TransferAsync(sellerWallet, elsewhere, 8_000)).StatusCode);

        var refused = await _host.Admin.RefundAsync(intent.Id(), 5_000);

        await Problems.AssertFieldErrorAsync(refused, "amount", HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1_000, await _host.BalanceOfAsync(seller, AccountKind.Wallet));
        Assert.Equal(0, await _host.QueryAsync(db => db.Refunds.CountAsync()));
        Assert.Equal(0, (await _payer.GetFromJsonAsync<JsonElement>($"/api/payments/intents/{intent.Id()}")).GetProperty("amountRefunded").GetInt64());
    }

    [Fact]
    public async Task Only_the_platform_refunds_and_bad_amounts_are_refused()
    {
        var intent = await _payer.NewIntentAsync(1_000, card: PaymentApi.Succeeds, confirm: true);

        await Problems.AssertProblemAsync(await _payer.RefundAsync(intent.Id(), 100), HttpStatusCode.Forbidden);
        await Problems.AssertFieldErrorAsync(await _host.Admin.RefundAsync(intent.Id(), 0), "amount");
        await Problems.AssertFieldErrorAsync(await _host.Admin.RefundAsync(intent.Id(), -5), "amount");
        await Problems.AssertProblemAsync(await _host.Admin.RefundAsync(Guid.CreateVersion7(), 100), HttpStatusCode.NotFound);
        Assert.Equal(1_000, await _host.PlatformBalanceAsync(AccountKind.Revenue));
    }

    [Fact]
    public async Task A_retried_refund_with_the_same_idempotency_key_refunds_once()
    {
        var intent = await _payer.NewIntentAsync(1_000, card: PaymentApi.Succeeds, confirm: true);

        var first = await _host.Admin.RefundAsync(intent.Id(), 400, key: "refund-1");
        var again = await _host.Admin.RefundAsync(intent.Id(), 400, key: "refund-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("true", Assert.Single(again.Headers.GetValues("Idempotency-Replayed")));
        Assert.Equal(600, await _host.PlatformBalanceAsync(AccountKind.Revenue));
    }
}
