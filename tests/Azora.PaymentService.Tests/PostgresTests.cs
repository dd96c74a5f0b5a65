using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing;
using Azora.Testing.Postgres;

namespace Azora.PaymentService.Tests;

/// <summary>The ledger on PostgreSQL, where payment-service runs when the platform is split.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class PostgresTests(PostgresFixture postgres)
{
    private async Task<PaymentHost> StartAsync() => await PaymentHost.StartAsync(new Dictionary<string, string?>
    {
        ["Azora:Database"] = "Postgres",
        ["ConnectionStrings:Postgres"] = await postgres.Server.CreateDatabaseAsync(),
    });

    [Fact]
    public async Task Fifty_concurrent_transfers_out_of_a_guarded_account_on_postgresql_succeed_exactly_as_far_as_it_can_afford()
    {
        await using var host = await StartAsync();

        await ConcurrentDebits.AssertExactlyTheAffordableSucceedAsync(host);
    }

    [Fact]
    public async Task Two_hundred_concurrent_transfers_into_and_out_of_one_hot_guarded_account_on_postgresql_never_overdraw_it()
    {
        await using var host = await StartAsync();

        await HotAccount.AssertNeverOverdrawnAsync(host);
    }

    [Fact]
    public async Task Opposite_transfers_between_two_accounts_at_once_all_complete_on_postgresql()
    {
        await using var host = await StartAsync();
        var alice = await host.OpenAsync();
        var bob = await host.OpenAsync();
        await host.FundAsync(alice, 10_000);
        await host.FundAsync(bob, 10_000);

        var responses = await Task.WhenAll(Enumerable.Range(0, 40)
            .Select(i => i % 2 == 0 ? host.TransferAsync(alice, bob, 10) : host.TransferAsync(bob, alice, 7)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(10_000 - 200 + 140, await host.BalanceAsync(alice));
        Assert.Equal(10_000 + 200 - 140, await host.BalanceAsync(bob));
    }

    [Fact]
    public async Task Repeated_ids_reversals_and_unknown_accounts_are_judged_on_postgresql_as_on_sqlite()
    {
        await using var host = await StartAsync();
        var alice = await host.OpenAsync();
        var bob = await host.OpenAsync();
        var dollars = await host.OpenAsync(currency: "USD");
        await host.FundAsync(alice, 1_000);
        var id = Guid.CreateVersion7();

        var first = await host.TransferAsync(alice, bob, 400, id: id, reference: "order 7");
        var again = await host.TransferAsync(alice, bob, 400, id: id, reference: "order 7");
        var reused = await host.TransferAsync(alice, bob, 401, id: id, reference: "order 7");
        var unknown = await host.TransferAsync(Guid.CreateVersion7(), bob, 10);
        var otherCurrency = await host.TransferAsync(alice, dollars, 10);
        var reversal = await host.TransferAsync(bob, alice, 400, reverses: id);
        var twice = await host.TransferAsync(bob, alice, 400, reverses: id);
        var nothingToReverse = await host.TransferAsync(bob, alice, 400, reverses: Guid.CreateVersion7());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var stored = await host.Admin.GetFromJsonAsync<JsonElement>($"/api/ledger/transfers/{id}");
        var found = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("order 7", found.GetProperty("reference").GetString());
        Assert.Equal(stored.GetProperty("createdAt").GetDateTimeOffset(), found.GetProperty("createdAt").GetDateTimeOffset());
        await Problems.AssertFieldErrorAsync(reused, "amount", HttpStatusCode.Conflict);
        await Problems.AssertFieldErrorAsync(unknown, "debitAccountId");
        await Problems.AssertFieldErrorAsync(otherCurrency, "currency");
        Assert.Equal(HttpStatusCode.Created, reversal.StatusCode);
        await Problems.AssertFieldErrorAsync(twice, "reverses");
        await Problems.AssertFieldErrorAsync(nothingToReverse, "reverses");
        Assert.Equal(1_000, await host.BalanceAsync(alice));
        Assert.Equal(0, await host.BalanceAsync(bob));
    }

    [Fact]
    public async Task Holds_statements_and_idempotency_keys_work_on_postgresql()
    {
        await using var host = await StartAsync();
        var buyer = await host.OpenAsync();
        var escrow = await host.OpenAsync(kind: "escrow");
        await host.FundAsync(buyer, 1_000);
        var holdId = Guid.CreateVersion7();
        var hold = await host.Admin.PostAsJsonAsync("/api/ledger/holds",
            new { id = holdId, debitAccountId = buyer, creditAccountId = escrow, amount = 600, currency = "ZAR", timeoutSeconds = 60 });
        var body = new { transferId = Guid.CreateVersion7(), amount = 400 };
        var posted = await PostWithKeyAsync(host, $"/api/ledger/holds/{holdId}/post", body, "post-1");
        var replayed = await PostWithKeyAsync(host, $"/api/ledger/holds/{holdId}/post", body, "post-1");

        Assert.Equal(HttpStatusCode.Created, hold.StatusCode);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal("true", Assert.Single(replayed.Headers.GetValues("Idempotency-Replayed")));
        var account = await host.Admin.GetFromJsonAsync<JsonElement>($"/api/ledger/accounts/{buyer}");
        Assert.Equal(600, account.GetProperty("balance").GetInt64());
        Assert.Equal(0, account.GetProperty("reserved").GetInt64());
        var first = await host.Admin.GetFromJsonAsync<JsonElement>($"/api/ledger/accounts/{buyer}/statement?limit=1");
        var second = await host.Admin.GetFromJsonAsync<JsonElement>(
            $"/api/ledger/accounts/{buyer}/statement?limit=1&cursor={first.GetProperty("nextCursor").GetString()}");
        Assert.Equal(600, Assert.Single(second.GetProperty("lines").EnumerateArray()).GetProperty("balanceAfter").GetInt64());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    private static async Task<HttpResponseMessage> PostWithKeyAsync(PaymentHost host, string path, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await host.Admin.SendAsync(request);
    }
}
