using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.PaymentService.Domain;
using Azora.PaymentService.Payments;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Tests.Payments;

/// <summary>The payment API as a payer and the platform call it, and the ledger facts the tests check.</summary>
internal static class PaymentApi
{
    public const string Succeeds = "4242424242424242";
    public const string Declines = "4000000000000002";
    public const string RequiresAction = "4000002760003184";
    public const string SettlesLater = "4000000000000077";

    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, string path, object? body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }
        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> CreateIntentAsync(
        this HttpClient payer, long amount = 10_000, string currency = "ZAR", string? card = null, bool confirm = false,
        string captureMethod = "automatic", Guid? sellerId = null, Guid? courseId = null, string? idempotencyKey = null) =>
        payer.PostAsync("/api/payments/intents",
            new { amount, currency, paymentMethod = card, confirm, captureMethod, sellerId, courseId }, idempotencyKey);

    /// <summary>Creates an intent, asserting 201; returns its JSON.</summary>
    public static async Task<JsonElement> NewIntentAsync(
        this HttpClient payer, long amount = 10_000, string? card = null, bool confirm = false, string captureMethod = "automatic",
        Guid? sellerId = null, Guid? courseId = null)
    {
        var response = await payer.CreateIntentAsync(amount, card: card, confirm: confirm, captureMethod: captureMethod, sellerId: sellerId, courseId: courseId);
        return await ReadAsync(response, HttpStatusCode.Created);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Guid Id(this JsonElement json) => json.GetProperty("id").GetGuid();

    public static string Status(this JsonElement json) => json.GetProperty("status").GetString()!;

    public static Task<HttpResponseMessage> ConfirmAsync(this HttpClient client, Guid intent, string? card = null, string? key = null) =>
        client.PostAsync($"/api/payments/intents/{intent}/confirm", new { paymentMethod = card }, key);

    public static Task<HttpResponseMessage> CaptureAsync(this HttpClient client, Guid intent, long? amountToCapture = null, string? key = null) =>
        client.PostAsync($"/api/payments/intents/{intent}/capture", new { amountToCapture }, key);

    public static Task<HttpResponseMessage> CancelAsync(this HttpClient client, Guid intent) =>
        client.PostAsync($"/api/payments/intents/{intent}/cancel", null);

    public static Task<HttpResponseMessage> CompleteActionAsync(this HttpClient client, Guid intent) =>
        client.PostAsync($"/api/payments/intents/{intent}/complete-action", null);

    public static Task<HttpResponseMessage> RefundAsync(this HttpClient client, Guid intent, long? amount = null, string? key = null) =>
        client.PostAsync($"/api/payments/intents/{intent}/refunds", new { amount }, key);

    /// <summary>The balance of an owner's account of a kind in a currency; 0 when it has none yet.</summary>
    public static Task<long> BalanceOfAsync(this PaymentHost host, Guid owner, AccountKind kind, string currency = "ZAR") =>
        host.QueryAsync(db => db.Accounts.Where(a => a.OwnerId == owner && a.Kind == kind && a.Currency == currency)
            .Select(a => a.Balance).SingleOrDefaultAsync());

    public static Task<long> PlatformBalanceAsync(this PaymentHost host, AccountKind kind, string currency = "ZAR") =>
        host.BalanceOfAsync(PaymentOptions.PlatformOwnerId, kind, currency);

    /// <summary>No money created or lost: every currency's balances sum to zero, and no guarded account is negative.</summary>
    public static async Task AssertLedgerHoldsAsync(this PaymentHost host)
    {
        var accounts = await host.QueryAsync(db => db.Accounts.AsNoTracking().ToListAsync());
        foreach (var currency in accounts.GroupBy(a => a.Currency))
        {
            Assert.Equal(0, currency.Sum(a => a.Balance));
        }
        Assert.DoesNotContain(accounts, a => a.Guarded && a.Balance - a.Reserved < 0);
        var transfers = await host.QueryAsync(db => db.Transfers.AsNoTracking().ToListAsync());
        foreach (var account in accounts)
        {
            Assert.Equal(
                transfers.Where(t => t.CreditAccountId == account.Id).Sum(t => t.Amount) - transfers.Where(t => t.DebitAccountId == account.Id).Sum(t => t.Amount),
                account.Balance);
        }
    }

    /// <summary>Polls until <paramref name="condition"/> holds, for at most 20 seconds.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for: {what}");
            await Task.Delay(50);
        }
    }
}
