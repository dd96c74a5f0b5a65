using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.PaymentService.Ledger;
using Azora.ServiceDefaults.Idempotency;
using Azora.Testing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Tests;

public sealed class IdempotencyKeyTests : IAsyncLifetime
{
    private PaymentHost _host = null!;
    private Guid _alice;
    private Guid _bob;

    public async Task InitializeAsync()
    {
        _host = await PaymentHost.StartAsync();
        _alice = await _host.OpenAsync();
        _bob = await _host.OpenAsync();
        await _host.FundAsync(_alice, 1_000);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<HttpResponseMessage> SendAsync(string key, object body, string path = "/api/ledger/transfers", HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await (client ?? _host.Admin).SendAsync(request);
    }

    private object Transfer(long amount, Guid? id = null) =>
        new { id = id ?? Guid.CreateVersion7(), debitAccountId = _alice, creditAccountId = _bob, amount, currency = "ZAR" };

    [Fact]
    public async Task The_same_key_and_body_replay_the_stored_response_and_move_nothing_more()
    {
        var key = Guid.NewGuid().ToString();
        var body = Transfer(250);

        var first = await SendAsync(key, body);
        var replay = await SendAsync(key, body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.False(first.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal("true", Assert.Single(replay.Headers.GetValues("Idempotency-Replayed")));
        var original = await first.Content.ReadFromJsonAsync<JsonElement>();
        var replayed = await replay.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(original.GetProperty("id").GetGuid(), replayed.GetProperty("id").GetGuid());
        Assert.Equal(original.GetProperty("createdAt").GetDateTimeOffset(), replayed.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(750, await _host.BalanceAsync(_alice));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422_naming_the_key()
    {
        var key = Guid.NewGuid().ToString();
        await SendAsync(key, Transfer(250));

        var other = await SendAsync(key, Transfer(250));

        await Problems.AssertFieldErrorAsync(other, "Idempotency-Key", HttpStatusCode.UnprocessableEntity);
        Assert.Equal(750, await _host.BalanceAsync(_alice));
    }

    [Fact]
    public async Task An_error_response_is_replayed_even_after_the_account_could_afford_it()
    {
        var key = Guid.NewGuid().ToString();
        var body = Transfer(1_500);
        var refused = await SendAsync(key, body);
        await _host.FundAsync(_alice, 1_000);

        var replay = await SendAsync(key, body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, replay.StatusCode);
        Assert.Equal("true", Assert.Single(replay.Headers.GetValues("Idempotency-Replayed")));
        Assert.Equal("application/problem+json", replay.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2_000, await _host.BalanceAsync(_alice));
    }

    [Fact]
    public async Task A_validation_error_is_not_stored_so_the_corrected_request_runs_with_the_same_key()
    {
        var key = Guid.NewGuid().ToString();
        var id = Guid.CreateVersion7();

        var invalid = await SendAsync(key, new { id, debitAccountId = _alice, creditAccountId = _bob, amount = -5, currency = "ZAR" });
        var corrected = await SendAsync(key, Transfer(5, id));

        await Problems.AssertFieldErrorAsync(invalid, "amount");
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.False(corrected.Headers.Contains("Idempotency-Replayed"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    public async Task A_malformed_key_is_refused_naming_it_and_moves_nothing(string key)
    {
        await Problems.AssertFieldErrorAsync(await SendAsync(key, Transfer(10)), "Idempotency-Key");
        Assert.Equal(1_000, await _host.BalanceAsync(_alice));
    }

    [Fact]
    public async Task Too_long_a_key_is_refused_naming_it()
    {
        await Problems.AssertFieldErrorAsync(await SendAsync(new string('k', 256), Transfer(10)), "Idempotency-Key");
    }

    [Fact]
    public async Task Keys_belong_to_their_caller_and_another_callers_same_key_runs_its_own_request()
    {
        var key = Guid.NewGuid().ToString();
        using var service = _host.AsClient("azora-lms", PaymentService.LedgerScope);
        using var otherAdmin = _host.As(Guid.CreateVersion7(), Roles.PlatformAdmin);

        var mine = await SendAsync(key, Transfer(100));
        var theirs = await SendAsync(key, Transfer(100), client: service);

        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.False(theirs.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(800, await _host.BalanceAsync(_alice));
    }

    [Fact]
    public async Task Holds_posts_and_voids_replay_by_key_too()
    {
        var holdKey = Guid.NewGuid().ToString();
        var hold = new { id = Guid.CreateVersion7(), debitAccountId = _alice, creditAccountId = _bob, amount = 300, currency = "ZAR", timeoutSeconds = 600 };
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(holdKey, hold, "/api/ledger/holds")).StatusCode);
        var replayedHold = await SendAsync(holdKey, hold, "/api/ledger/holds");
        var voidKey = Guid.NewGuid().ToString();

        var voided = await SendAsync(voidKey, new { }, $"/api/ledger/holds/{hold.id}/void");
        var voidReplay = await SendAsync(voidKey, new { }, $"/api/ledger/holds/{hold.id}/void");

        Assert.Equal(HttpStatusCode.Created, replayedHold.StatusCode);
        Assert.Equal("true", Assert.Single(replayedHold.Headers.GetValues("Idempotency-Replayed")));
        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        Assert.Equal("true", Assert.Single(voidReplay.Headers.GetValues("Idempotency-Replayed")));
    }

    [Fact]
    public async Task Keys_are_kept_for_24_hours_and_then_swept()
    {
        var key = Guid.NewGuid().ToString();
        var body = Transfer(100);
        await SendAsync(key, body);
        _host.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal("true", Assert.Single((await SendAsync(key, body)).Headers.GetValues("Idempotency-Replayed")));

        // Past the 24 hours: the sweep's next tick forgets the key. Each look that still finds it gives the sweep another
        // tick on the service's clock (an attempt may fail under load and waits for the next one), and the wall-clock
        // deadline is only there for a sweep that never runs.
        _host.Clock.Advance(TimeSpan.FromHours(1));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var kept = 1;
        while (kept > 0 && DateTime.UtcNow < deadline)
        {
            _host.Clock.Advance(LedgerSweep.Interval);
            await Task.Delay(100);
            kept = await _host.QueryAsync(db => db.Set<IdempotencyRecord>().CountAsync(r => r.Key == key));
        }

        Assert.Equal(0, kept);
    }
}
