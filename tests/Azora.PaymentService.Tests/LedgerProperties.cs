using System.Net;
using System.Net.Http.Json;
using Azora.PaymentService.Domain;
using FsCheck.Xunit;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Tests;

/// <summary>Random concurrent transfers, then replays of them, against the real service.</summary>
public sealed class LedgerProperties
{
    private sealed record Ledger(Guid Id, string Currency, bool Guarded);

    [Property(MaxTest = 6)]
    public async Task Random_concurrent_transfers_and_replays_keep_every_currency_at_zero_and_no_guarded_account_negative(
        Tuple<byte, byte, ushort>[] steps)
    {
        await using var host = await PaymentHost.StartAsync();
        var accounts = new List<Ledger>
        {
            new(await host.OpenAsync("ZAR", "provider-clearing"), "ZAR", false),
            new(await host.OpenAsync("ZAR"), "ZAR", true),
            new(await host.OpenAsync("ZAR"), "ZAR", true),
            new(await host.OpenAsync("ZAR", "escrow"), "ZAR", true),
            new(await host.OpenAsync("AZR", "provider-clearing"), "AZR", false),
            new(await host.OpenAsync("AZR"), "AZR", true),
        };
        var requests = steps.Select(step =>
        {
            var from = accounts[step.Item1 % accounts.Count];
            var to = accounts[step.Item2 % accounts.Count];
            return (Id: Guid.CreateVersion7(), From: from, To: to, Amount: 1 + step.Item3 % 2_000L);
        }).ToList();

        var responses = await Task.WhenAll(requests.Select(r => host.TransferAsync(r.From.Id, r.To.Id, r.Amount, r.From.Currency, r.Id)));
        var written = requests.Where((_, i) => responses[i].StatusCode == HttpStatusCode.Created).ToList();
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity));
        var before = await BalancesAsync(host, accounts);
        var replays = await Task.WhenAll(written.Select(r => host.TransferAsync(r.From.Id, r.To.Id, r.Amount, r.From.Currency, r.Id)));
        var after = await BalancesAsync(host, accounts);

        Assert.All(replays, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(before, after);
        foreach (var currency in accounts.Select(a => a.Currency).Distinct())
        {
            Assert.Equal(0, accounts.Where(a => a.Currency == currency).Sum(a => after[a.Id]));
        }
        Assert.All(accounts.Where(a => a.Guarded), a => Assert.True(after[a.Id] >= 0));
        foreach (var account in accounts)
        {
            var expected = written.Where(r => r.To == account).Sum(r => r.Amount) - written.Where(r => r.From == account).Sum(r => r.Amount);
            Assert.Equal(expected, after[account.Id]);
        }
    }

    [Property(MaxTest = 6)]
    public async Task Random_concurrent_holds_posts_voids_and_expiries_keep_the_books_balanced_and_reservations_exact(
        Tuple<byte, byte, ushort>[] holds, Tuple<byte, ushort>[] resolutions)
    {
        await using var host = await PaymentHost.StartAsync();
        var clearing = await host.OpenAsync("ZAR", "provider-clearing");
        var payers = new[] { await host.OpenAsync(), await host.OpenAsync() };
        var payees = new[] { await host.OpenAsync(kind: "escrow"), await host.OpenAsync() };
        foreach (var payer in payers)
        {
            await host.FundAsync(payer, 5_000);
        }

        // Holds of 60 or 120 seconds and transfers, all at once; then a minute passes, so the short holds expire.
        var placed = await Task.WhenAll(holds.Select(async step =>
        {
            var id = Guid.CreateVersion7();
            var response = await host.Admin.PostAsJsonAsync("/api/ledger/holds", new
            {
                id,
                debitAccountId = payers[step.Item1 % 2],
                creditAccountId = payees[step.Item2 % 2],
                amount = 1 + step.Item3 % 1_500,
                currency = "ZAR",
                timeoutSeconds = step.Item1 % 3 == 0 ? 60 : 120,
            });
            return (id, response.StatusCode);
        }));
        Assert.All(placed, p => Assert.True(p.StatusCode is HttpStatusCode.Created or HttpStatusCode.UnprocessableEntity));
        var pending = placed.Where(p => p.StatusCode == HttpStatusCode.Created).Select(p => p.id).ToList();
        host.Clock.Advance(TimeSpan.FromSeconds(60));

        // Posts (whole or part, each sent twice) and voids of random holds, all at once.
        var attempts = pending.Count == 0 ? [] : resolutions.Select(r =>
        {
            var hold = pending[r.Item1 % pending.Count];
            if (r.Item2 % 3 == 0)
            {
                return new[] { host.Admin.PostAsync($"/api/ledger/holds/{hold}/void", null) };
            }
            var post = new { transferId = Guid.CreateVersion7(), amount = r.Item2 % 2 == 0 ? (long?)null : 1 };
            return [host.Admin.PostAsJsonAsync($"/api/ledger/holds/{hold}/post", post), host.Admin.PostAsJsonAsync($"/api/ledger/holds/{hold}/post", post)];
        }).SelectMany(a => a).ToList();
        var answers = await Task.WhenAll(attempts);
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Conflict));
        // Reading a hold whose time has passed expires it, so after this no due hold is still pending.
        foreach (var hold in pending)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.Admin.GetAsync($"/api/ledger/holds/{hold}")).StatusCode);
        }

        var accounts = await host.QueryAsync(db => db.Accounts.AsNoTracking().ToListAsync());
        var transfers = await host.QueryAsync(db => db.Transfers.AsNoTracking().ToListAsync());
        var stillPending = await host.QueryAsync(db => db.Holds.AsNoTracking().Where(h => h.State == HoldState.Pending).ToListAsync());
        Assert.Equal(0, accounts.Sum(a => a.Balance));
        Assert.All(stillPending, h => Assert.True(h.ExpiresAt > host.Clock.GetUtcNow()));
        foreach (var account in accounts)
        {
            Assert.Equal(transfers.Where(t => t.CreditAccountId == account.Id).Sum(t => t.Amount)
                - transfers.Where(t => t.DebitAccountId == account.Id).Sum(t => t.Amount), account.Balance);
            Assert.Equal(stillPending.Where(h => h.DebitAccountId == account.Id).Sum(h => h.Amount), account.Reserved);
            Assert.True(!account.Guarded || account.Balance - account.Reserved >= 0);
        }
        Assert.Equal(
            await host.QueryAsync(db => db.Holds.CountAsync(h => h.State == HoldState.Posted)),
            transfers.Count(t => t.CreditAccountId != payers[0] && t.CreditAccountId != payers[1]));
    }

    private static async Task<Dictionary<Guid, long>> BalancesAsync(PaymentHost host, List<Ledger> accounts)
    {
        var balances = new Dictionary<Guid, long>();
        foreach (var account in accounts)
        {
            balances[account.Id] = (await host.Admin.GetFromJsonAsync<AccountBalance>($"/api/ledger/accounts/{account.Id}"))!.Balance;
        }
        return balances;
    }

    private sealed record AccountBalance(long Balance);
}
