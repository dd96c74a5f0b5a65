using System.Net;
using System.Net.Http.Json;
using Azora.PaymentService.Data;
using Azora.Testing;

namespace Azora.PaymentService.Tests;

/// <summary>
/// A request whose process died while it held its Idempotency-Key leaves the key "in progress" with nobody renewing the
/// claim. Once the claim is stale, the same request again is run (the transfer's own id keeps it from moving money twice)
/// instead of being refused with 409 until the key expires.
/// </summary>
public sealed class AbandonedIdempotencyClaimTests : IAsyncLifetime
{
    private PaymentHost _host = null!;

    public async Task InitializeAsync() => _host = await PaymentHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<HttpResponseMessage> SendAsync(string key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ledger/transfers") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await _host.Admin.SendAsync(request);
    }

    [Fact]
    public async Task A_claim_left_unrenewed_by_a_dead_request_is_taken_over_and_the_transfer_is_not_moved_twice()
    {
        var alice = await _host.OpenAsync();
        var bob = await _host.OpenAsync();
        await _host.FundAsync(alice, 1_000);
        var key = Guid.NewGuid().ToString();
        var body = new { id = Guid.CreateVersion7(), debitAccountId = alice, creditAccountId = bob, amount = 100, currency = "ZAR" };
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(key, body)).StatusCode);
        await IdempotencyClaims.AbandonAsync<PaymentDbContext>(_host.Platform, key, _host.Clock);

        var takenOver = await SendAsync(key, body);
        var replayed = await SendAsync(key, body);

        Assert.Equal(HttpStatusCode.OK, takenOver.StatusCode);
        Assert.False(takenOver.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal("true", Assert.Single(replayed.Headers.GetValues("Idempotency-Replayed")));
        Assert.Equal(900, await _host.BalanceAsync(alice));
        Assert.Equal(100, await _host.BalanceAsync(bob));
    }
}
