using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;

namespace Azora.PaymentService.Tests;

public sealed class AccessTests : IAsyncLifetime
{
    private PaymentHost _host = null!;

    public async Task InitializeAsync() => _host = await PaymentHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_anonymous_caller_gets_401_on_the_ledger_and_the_wallet()
    {
        using var anonymous = _host.Anonymous();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/ledger/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/ledger/transfers", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/wallet")).StatusCode);
    }

    [Fact]
    public async Task A_learner_or_a_service_without_the_ledger_scope_gets_403_and_moves_nothing()
    {
        var learnerId = Guid.CreateVersion7();
        var mine = await _host.OpenAsync(owner: learnerId);
        var source = await _host.OpenAsync("ZAR", "provider-clearing");
        using var learner = _host.As(learnerId, Roles.Learner);
        using var otherService = _host.AsClient("azora-lms", "azora-lms.read");
        var transfer = new { id = Guid.CreateVersion7(), debitAccountId = source, creditAccountId = mine, amount = 100, currency = "ZAR" };

        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsJsonAsync("/api/ledger/transfers", transfer)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/api/ledger/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherService.PostAsJsonAsync("/api/ledger/transfers", transfer)).StatusCode);
        Assert.Equal(0, await _host.BalanceAsync(mine));
    }

    [Fact]
    public async Task A_service_with_the_ledger_scope_moves_money()
    {
        var from = await _host.OpenAsync("AZR", "provider-clearing");
        var to = await _host.OpenAsync("AZR");
        using var service = _host.AsClient("azora-lms", PaymentService.LedgerScope);

        var response = await service.PostAsJsonAsync("/api/ledger/transfers",
            new { id = Guid.CreateVersion7(), debitAccountId = from, creditAccountId = to, amount = 50, currency = "AZR" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(50, await _host.BalanceAsync(to));
    }

    [Fact]
    public async Task The_wallet_shows_the_signed_in_users_own_accounts_and_no_one_elses()
    {
        var alice = Guid.CreateVersion7();
        var bob = Guid.CreateVersion7();
        var alicesZar = await _host.OpenAsync("ZAR", owner: alice);
        var alicesAzr = await _host.OpenAsync("AZR", owner: alice);
        var bobsZar = await _host.OpenAsync("ZAR", owner: bob);
        await _host.FundAsync(alicesZar, 1_234);
        await _host.FundAsync(bobsZar, 999);
        using var asAlice = _host.As(alice, Roles.Learner);

        var wallet = await asAlice.GetFromJsonAsync<JsonElement>("/api/wallet");

        var accounts = wallet.GetProperty("accounts").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetGuid());
        Assert.Equal(new[] { alicesZar, alicesAzr }.Order(), accounts.Keys.Order());
        Assert.Equal(1_234, accounts[alicesZar].GetProperty("balance").GetInt64());
        Assert.Equal(2, accounts[alicesZar].GetProperty("minorUnits").GetInt32());
    }
}
