using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azora.Contracts;
using Azora.PaymentService.Webhooks;
using Azora.Testing;

namespace Azora.PaymentService.Tests.Payments;

/// <summary>Outbound webhooks, signed as the Standard Webhooks spec says, retried with backoff, logged.</summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private PaymentHost _host = null!;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _host = await PaymentHost.StartAsync();
        _receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public void The_signature_matches_the_specifications_published_example()
    {
        var signature = WebhookSignature.Sign(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    /// <summary>The receiver's own check, written from the spec rather than with the service's signer.</summary>
    private static bool Verifies(string secret, ReceivedWebhook webhook)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{webhook.Id}.{webhook.Timestamp}.{webhook.Body}")));
        return webhook.Signature.Split(' ').Any(s => s == "v1," + expected);
    }

    private async Task<(Guid Id, string Secret)> RegisterAsync(params string[] eventTypes)
    {
        var endpoint = await PaymentApi.ReadAsync(
            await _host.Admin.PostAsJsonAsync("/api/webhooks/endpoints", new { url = _receiver.Url, eventTypes }), HttpStatusCode.Created);
        return (endpoint.Id(), endpoint.GetProperty("secret").GetString()!);
    }

    private async Task<JsonElement> DeliveriesAsync(Guid endpoint) =>
        (await _host.Admin.GetFromJsonAsync<JsonElement>($"/api/webhooks/endpoints/{endpoint}/deliveries")).GetProperty("items");

    [Fact]
    public async Task A_succeeded_payment_is_posted_to_the_endpoint_signed_with_its_secret()
    {
        var (endpoint, secret) = await RegisterAsync("payment_intent.succeeded", "refund.created");
        using var payer = _host.As(Guid.CreateVersion7(), Roles.Learner);

        var intent = await payer.NewIntentAsync(1_200, card: PaymentApi.Succeeds, confirm: true);
        await PaymentApi.EventuallyAsync(() =>
        {
            _host.Clock.Advance(TimeSpan.FromSeconds(1));
            return Task.FromResult(!_receiver.Received.IsEmpty);
        }, "the webhook to arrive");

        var webhook = Assert.Single(_receiver.Received);
        Assert.StartsWith("msg_", webhook.Id);
        Assert.True(Verifies(secret, webhook), $"The signature {webhook.Signature} does not verify.");
        using var body = JsonDocument.Parse(webhook.Body);
        Assert.Equal("payment_intent.succeeded", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(intent.Id(), body.RootElement.GetProperty("data").GetProperty("id").GetGuid());
        var log = Assert.Single((await DeliveriesAsync(endpoint)).EnumerateArray());
        Assert.Equal("succeeded", log.GetProperty("status").GetString());
        Assert.Equal(200, log.GetProperty("lastStatusCode").GetInt32());
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_with_backoff_and_the_same_id_until_it_succeeds()
    {
        var (endpoint, secret) = await RegisterAsync("payment_intent.succeeded");
        _receiver.AnswerNext(500, 503);
        using var payer = _host.As(Guid.CreateVersion7(), Roles.Learner);
        await payer.NewIntentAsync(1_000, card: PaymentApi.Succeeds, confirm: true);

        await PaymentApi.EventuallyAsync(() =>
        {
            _host.Clock.Advance(TimeSpan.FromSeconds(1));
            return Task.FromResult(!_receiver.Received.IsEmpty);
        }, "the first attempt");
        await PaymentApi.EventuallyAsync(async () => (await DeliveriesAsync(endpoint))[0].GetProperty("attempts").GetInt32() == 1, "the first attempt to be logged");
        var afterFirst = (await DeliveriesAsync(endpoint))[0];
        _host.Clock.Advance(TimeSpan.FromSeconds(6));
        await PaymentApi.EventuallyAsync(() => Task.FromResult(_receiver.Received.Count == 2), "the retry after 5 seconds");
        await PaymentApi.EventuallyAsync(async () => (await DeliveriesAsync(endpoint))[0].GetProperty("attempts").GetInt32() == 2, "the retry to be logged");
        var afterSecond = (await DeliveriesAsync(endpoint))[0];
        _host.Clock.Advance(TimeSpan.FromMinutes(5));
        await PaymentApi.EventuallyAsync(() => Task.FromResult(_receiver.Received.Count == 3), "the retry after 5 minutes");
        await PaymentApi.EventuallyAsync(async () => (await DeliveriesAsync(endpoint))[0].GetProperty("status").GetString() == "succeeded", "the delivery to succeed");

        Assert.Equal("pending", afterFirst.GetProperty("status").GetString());
        Assert.Equal(500, afterFirst.GetProperty("lastStatusCode").GetInt32());
        Assert.Equal(503, afterSecond.GetProperty("lastStatusCode").GetInt32());
        Assert.True(
            afterSecond.GetProperty("nextAttemptAt").GetDateTimeOffset() - afterFirst.GetProperty("nextAttemptAt").GetDateTimeOffset() > TimeSpan.FromMinutes(4),
            "The second retry waits minutes, not seconds.");
        var attempts = _receiver.Received.ToList();
        Assert.Single(attempts.Select(a => a.Id).Distinct());
        Assert.All(attempts, a => Assert.True(Verifies(secret, a)));
    }

    [Fact]
    public async Task Only_platform_admins_register_endpoints_and_bad_registrations_are_refused()
    {
        using var learner = _host.As(Guid.CreateVersion7(), Roles.Learner);

        Assert.Equal(HttpStatusCode.Forbidden,
            (await learner.PostAsJsonAsync("/api/webhooks/endpoints", new { url = _receiver.Url, eventTypes = new[] { "refund.created" } })).StatusCode);
        await Problems.AssertFieldErrorAsync(await _host.Admin.PostAsJsonAsync("/api/webhooks/endpoints",
            new { url = "ftp://example.com/hook", eventTypes = new[] { "refund.created" } }), "url");
        await Problems.AssertFieldErrorAsync(await _host.Admin.PostAsJsonAsync("/api/webhooks/endpoints",
            new { url = _receiver.Url, eventTypes = new[] { "refund.exploded" } }), "eventTypes");
        await Problems.AssertFieldErrorAsync(await _host.Admin.PostAsJsonAsync("/api/webhooks/endpoints",
            new { url = _receiver.Url, eventTypes = Array.Empty<string>() }), "eventTypes");
        await Problems.AssertProblemAsync(await _host.Admin.GetAsync($"/api/webhooks/endpoints/{Guid.CreateVersion7()}/deliveries"), HttpStatusCode.NotFound);
        var listed = await _host.Admin.GetFromJsonAsync<JsonElement>("/api/webhooks/endpoints");
        Assert.Equal(0, listed.GetProperty("items").GetArrayLength());
    }
}
