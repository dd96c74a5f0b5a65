using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.PaymentService.Domain;
using Azora.Testing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Tests.Payments;

/// <summary>Every transition of a payment intent, allowed and refused, with the simulated card provider.</summary>
public sealed class IntentTests : IAsyncLifetime
{
    private PaymentHost _host = null!;
    private Guid _payerId;
    private HttpClient _payer = null!;

    public async Task InitializeAsync()
    {
        _host = await PaymentHost.StartAsync();
        _payerId = Guid.CreateVersion7();
        _payer = _host.As(_payerId, Roles.Learner);
    }

    public async Task DisposeAsync()
    {
        _payer.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task An_intent_without_a_payment_method_requires_one_and_with_one_requires_confirmation()
    {
        var bare = await _payer.NewIntentAsync();
        var carded = await _payer.NewIntentAsync(card: PaymentApi.Succeeds);

        Assert.Equal("requires_payment_method", bare.Status());
        Assert.Equal("requires_confirmation", carded.Status());
        Assert.Equal(_payerId, bare.GetProperty("payerId").GetGuid());
        Assert.Equal("4242", carded.GetProperty("paymentMethodLast4").GetString());
    }

    [Fact]
    public async Task Confirming_with_a_succeeding_card_captures_automatically_and_moves_the_money_to_the_seller_net_of_the_fee()
    {
        var seller = Guid.CreateVersion7();
        var intent = await _payer.NewIntentAsync(10_000, card: PaymentApi.Succeeds, sellerId: seller);

        var confirmed = await PaymentApi.ReadAsync(await _payer.ConfirmAsync(intent.Id()));

        Assert.Equal("succeeded", confirmed.Status());
        Assert.Equal(10_000, confirmed.GetProperty("amountCaptured").GetInt64());
        Assert.Equal(1_000, confirmed.GetProperty("applicationFee").GetInt64());
        Assert.Equal(9_000, await _host.BalanceOfAsync(seller, AccountKind.Wallet));
        Assert.Equal(1_000, await _host.PlatformBalanceAsync(AccountKind.Fees));
        Assert.Equal(-10_000, await _host.PlatformBalanceAsync(AccountKind.ProviderClearing));
        await _host.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task Without_a_seller_the_whole_amount_is_platform_revenue()
    {
        var confirmed = await _payer.NewIntentAsync(4_500, card: PaymentApi.Succeeds, confirm: true);

        Assert.Equal("succeeded", confirmed.Status());
        Assert.Equal(4_500, await _host.PlatformBalanceAsync(AccountKind.Revenue));
        Assert.Equal(0, await _host.PlatformBalanceAsync(AccountKind.Fees));
        await _host.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task A_declined_card_returns_the_intent_to_requires_payment_method_and_moves_nothing_then_another_card_succeeds()
    {
        var intent = await _payer.NewIntentAsync(2_000);

        var declined = await PaymentApi.ReadAsync(await _payer.ConfirmAsync(intent.Id(), PaymentApi.Declines));
        var movedAfterDecline = await _host.QueryAsync(db => db.Transfers.CountAsync());
        var retried = await PaymentApi.ReadAsync(await _payer.ConfirmAsync(intent.Id(), PaymentApi.Succeeds));

        Assert.Equal("requires_payment_method", declined.Status());
        Assert.Equal("card_declined", declined.GetProperty("lastPaymentError").GetString());
        Assert.Equal(0, movedAfterDecline);
        Assert.Equal("succeeded", retried.Status());
        Assert.Equal(JsonValueKind.Null, retried.GetProperty("lastPaymentError").ValueKind);
    }

    [Fact]
    public async Task A_card_that_needs_3d_secure_requires_an_action_and_succeeds_once_the_action_is_completed()
    {
        var intent = await _payer.NewIntentAsync(3_000, card: PaymentApi.RequiresAction);

        var waiting = await PaymentApi.ReadAsync(await _payer.ConfirmAsync(intent.Id()));
        var notYetCaptured = await _host.PlatformBalanceAsync(AccountKind.Revenue);
        var completed = await PaymentApi.ReadAsync(await _payer.CompleteActionAsync(intent.Id()));

        Assert.Equal("requires_action", waiting.Status());
        Assert.Equal("three_d_secure", waiting.GetProperty("nextAction").GetProperty("type").GetString());
        Assert.Equal(0, notYetCaptured);
        Assert.Equal("succeeded", completed.Status());
        Assert.Equal(3_000, await _host.PlatformBalanceAsync(AccountKind.Revenue));
    }

    [Fact]
    public async Task With_manual_capture_an_authorized_intent_requires_capture_and_the_platform_captures_part_of_it()
    {
        var intent = await _payer.NewIntentAsync(5_000, card: PaymentApi.Succeeds, captureMethod: "manual");

        var authorized = await PaymentApi.ReadAsync(await _payer.ConfirmAsync(intent.Id()));
        var byPayer = await _payer.CaptureAsync(intent.Id());
        var tooMuch = await _host.Admin.CaptureAsync(intent.Id(), 5_001);
        var captured = await PaymentApi.ReadAsync(await _host.Admin.CaptureAsync(intent.Id(), 4_000));
        var again = await _host.Admin.CaptureAsync(intent.Id());

        Assert.Equal("requires_capture", authorized.Status());
        await Problems.AssertProblemAsync(byPayer, HttpStatusCode.Forbidden);
        await Problems.AssertFieldErrorAsync(tooMuch, "amountToCapture", HttpStatusCode.UnprocessableEntity);
        Assert.Equal("succeeded", captured.Status());
        Assert.Equal(4_000, captured.GetProperty("amountCaptured").GetInt64());
        var refused = await Problems.AssertProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal("succeeded", refused.GetProperty("state").GetString());
        Assert.Equal(4_000, await _host.PlatformBalanceAsync(AccountKind.Revenue));
        await _host.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task A_payment_that_settles_later_is_processing_cannot_be_canceled_and_succeeds_when_the_provider_settles()
    {
        var intent = await _payer.NewIntentAsync(2_500, card: PaymentApi.SettlesLater);

        var processing = await PaymentApi.ReadAsync(await _payer.ConfirmAsync(intent.Id()));
        var cancel = await _payer.CancelAsync(intent.Id());
        _host.Clock.Advance(TimeSpan.FromSeconds(35));

        Assert.Equal("processing", processing.Status());
        Assert.Equal("processing", (await Problems.AssertProblemAsync(cancel, HttpStatusCode.Conflict)).GetProperty("state").GetString());
        await PaymentApi.EventuallyAsync(async () =>
        {
            _host.Clock.Advance(TimeSpan.FromSeconds(5));
            var read = await _payer.GetFromJsonAsync<JsonElement>($"/api/payments/intents/{intent.Id()}");
            return read.Status() == "succeeded";
        }, "the processing payment to settle");
        Assert.Equal(2_500, await _host.PlatformBalanceAsync(AccountKind.Revenue));
    }

    [Theory]
    [InlineData(null, false, "automatic", "requires_payment_method")]
    [InlineData(PaymentApi.Succeeds, false, "automatic", "requires_confirmation")]
    [InlineData(PaymentApi.RequiresAction, true, "automatic", "requires_action")]
    [InlineData(PaymentApi.Succeeds, true, "manual", "requires_capture")]
    public async Task An_intent_that_has_not_succeeded_can_be_canceled_once_and_then_nothing_else(
        string? card, bool confirm, string captureMethod, string state)
    {
        var intent = await _payer.NewIntentAsync(1_000, card: card, captureMethod: captureMethod);
        if (confirm)
        {
            await PaymentApi.ReadAsync(await _payer.ConfirmAsync(intent.Id()));
        }
        Assert.Equal(state, (await _payer.GetFromJsonAsync<JsonElement>($"/api/payments/intents/{intent.Id()}")).Status());

        var canceled = await PaymentApi.ReadAsync(await _payer.CancelAsync(intent.Id()));

        Assert.Equal("canceled", canceled.Status());
        foreach (var refused in new[]
        {
            await _payer.CancelAsync(intent.Id()),
            await _payer.ConfirmAsync(intent.Id(), PaymentApi.Succeeds),
            await _payer.CompleteActionAsync(intent.Id()),
            await _host.Admin.CaptureAsync(intent.Id()),
            await _host.Admin.RefundAsync(intent.Id()),
        })
        {
            Assert.Equal("canceled", (await Problems.AssertProblemAsync(refused, HttpStatusCode.Conflict)).GetProperty("state").GetString());
        }
        Assert.Equal(0, await _host.QueryAsync(db => db.Transfers.CountAsync()));
    }

    [Fact]
    public async Task A_succeeded_intent_refuses_every_transition_but_a_refund_naming_its_state()
    {
        var intent = await _payer.NewIntentAsync(1_000, card: PaymentApi.Succeeds, confirm: true);

        foreach (var refused in new[]
        {
            await _payer.ConfirmAsync(intent.Id()),
            await _payer.CompleteActionAsync(intent.Id()),
            await _host.Admin.CaptureAsync(intent.Id()),
            await _payer.CancelAsync(intent.Id()),
        })
        {
            var problem = await Problems.AssertProblemAsync(refused, HttpStatusCode.Conflict);
            Assert.Equal("succeeded", problem.GetProperty("state").GetString());
            Assert.Contains("succeeded", problem.GetProperty("detail").GetString());
        }
        Assert.Equal(1_000, await _host.PlatformBalanceAsync(AccountKind.Revenue));
    }

    [Fact]
    public async Task Transitions_that_skip_a_state_are_refused_naming_the_state()
    {
        var waiting = await _payer.NewIntentAsync(1_000, card: PaymentApi.Succeeds);
        var authorized = await _payer.NewIntentAsync(1_000, card: PaymentApi.Succeeds, captureMethod: "manual");
        await PaymentApi.ReadAsync(await _payer.ConfirmAsync(authorized.Id()));
        var bare = await _payer.NewIntentAsync(1_000);

        var captureUnconfirmed = await _host.Admin.CaptureAsync(waiting.Id());
        var actionNotAsked = await _payer.CompleteActionAsync(waiting.Id());
        var confirmAuthorized = await _payer.ConfirmAsync(authorized.Id());
        var refundAuthorized = await _host.Admin.RefundAsync(authorized.Id());
        var confirmWithoutMethod = await _payer.ConfirmAsync(bare.Id());

        Assert.Equal("requires_confirmation", (await Problems.AssertProblemAsync(captureUnconfirmed, HttpStatusCode.Conflict)).GetProperty("state").GetString());
        Assert.Equal("requires_confirmation", (await Problems.AssertProblemAsync(actionNotAsked, HttpStatusCode.Conflict)).GetProperty("state").GetString());
        Assert.Equal("requires_capture", (await Problems.AssertProblemAsync(confirmAuthorized, HttpStatusCode.Conflict)).GetProperty("state").GetString());
        Assert.Equal("requires_capture", (await Problems.AssertProblemAsync(refundAuthorized, HttpStatusCode.Conflict)).GetProperty("state").GetString());
        await Problems.AssertFieldErrorAsync(confirmWithoutMethod, "paymentMethod");
        Assert.Equal(0, await _host.QueryAsync(db => db.Transfers.CountAsync()));
    }

    [Fact]
    public async Task Another_user_cannot_read_confirm_or_cancel_someone_elses_intent()
    {
        var intent = await _payer.NewIntentAsync(1_000, card: PaymentApi.Succeeds);
        using var stranger = _host.As(Guid.CreateVersion7(), Roles.Learner);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/payments/intents/{intent.Id()}")).StatusCode);
        await Problems.AssertProblemAsync(await stranger.ConfirmAsync(intent.Id()), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await stranger.CancelAsync(intent.Id()), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Anonymous().CreateIntentAsync()).StatusCode);
        Assert.Equal("requires_confirmation", (await _payer.GetFromJsonAsync<JsonElement>($"/api/payments/intents/{intent.Id()}")).Status());
    }

    [Fact]
    public async Task Idempotency_keys_on_creating_confirming_and_capturing_replay_instead_of_repeating()
    {
        var key = Guid.NewGuid().ToString();
        var first = await PaymentApi.ReadAsync(await _payer.CreateIntentAsync(1_500, card: PaymentApi.Succeeds, captureMethod: "manual", idempotencyKey: key), HttpStatusCode.Created);
        var replayedCreate = await _payer.CreateIntentAsync(1_500, card: PaymentApi.Succeeds, captureMethod: "manual", idempotencyKey: key);
        var otherBody = await _payer.CreateIntentAsync(1_600, card: PaymentApi.Succeeds, captureMethod: "manual", idempotencyKey: key);
        await _payer.ConfirmAsync(first.Id(), key: "confirm-" + key);
        var replayedConfirm = await _payer.ConfirmAsync(first.Id(), key: "confirm-" + key);
        await _host.Admin.CaptureAsync(first.Id(), key: "capture-" + key);
        var replayedCapture = await _host.Admin.CaptureAsync(first.Id(), key: "capture-" + key);

        Assert.Equal(first.Id(), (await PaymentApi.ReadAsync(replayedCreate, HttpStatusCode.Created)).Id());
        Assert.Equal("true", Assert.Single(replayedCreate.Headers.GetValues("Idempotency-Replayed")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherBody.StatusCode);
        Assert.Equal("requires_capture", (await PaymentApi.ReadAsync(replayedConfirm)).Status());
        Assert.Equal("true", Assert.Single(replayedCapture.Headers.GetValues("Idempotency-Replayed")));
        Assert.Equal(1, await _host.QueryAsync(db => db.PaymentIntents.CountAsync()));
        Assert.Equal(1_500, await _host.PlatformBalanceAsync(AccountKind.Revenue));
    }

    [Fact]
    public async Task Concurrent_confirmations_of_one_intent_capture_it_once()
    {
        var intent = await _payer.NewIntentAsync(7_000, card: PaymentApi.Succeeds);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _payer.ConfirmAsync(intent.Id())));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(7_000, await _host.PlatformBalanceAsync(AccountKind.Revenue));
        await _host.AssertLedgerHoldsAsync();
    }
}
