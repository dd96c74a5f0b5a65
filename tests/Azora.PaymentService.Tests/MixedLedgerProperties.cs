using System.Net;
using Azora.Contracts;
using Azora.PaymentService.Domain;
using Azora.PaymentService.Tests.Payments;
using FsCheck.Xunit;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Tests;

/// <summary>
/// Random concurrent mixes of every kind of money movement (transfers, holds, posts, voids, expiries, refunds), each
/// request sent with an Idempotency-Key, then every one of them replayed: the books balance before and after, and the
/// replays change nothing.
/// </summary>
public sealed class MixedLedgerProperties
{
    /// <summary>A request to send; <see cref="HoldId"/> names the hold it places, if it places one.</summary>
    private sealed record Request(string Path, object Body, Guid? HoldId = null);

    /// <summary>A request as first sent; replayed later with the same key and body.</summary>
    private sealed record Sent(Request Request, string Key, HttpStatusCode Status)
    {
        public string Path => Request.Path;
    }

    [Property(MaxTest = 5)]
    public async Task Random_concurrent_transfers_holds_posts_voids_expiries_refunds_and_replays_keep_the_books_balanced(
        Tuple<byte, byte, byte, ushort>[] first, Tuple<byte, byte, byte, ushort>[] second)
    {
        await using var host = await PaymentHost.StartAsync();
        using var payer = host.As(Guid.CreateVersion7(), Roles.Learner);
        var zar = new List<Guid> { await host.OpenAsync(), await host.OpenAsync(), await host.OpenAsync(kind: "escrow") };
        var azr = new List<Guid> { await host.OpenAsync("AZR"), await host.OpenAsync("AZR") };
        foreach (var account in zar)
        {
            await host.FundAsync(account, 3_000);
        }
        await host.FundAsync(azr[0], 1_000, "AZR");
        var intents = new List<Guid>();
        foreach (var amount in new[] { 5_000, 2_500 })
        {
            intents.Add((await payer.NewIntentAsync(amount, card: PaymentApi.Succeeds, confirm: true, sellerId: Guid.CreateVersion7())).Id());
        }

        // Round one: transfers, holds of 60 or 120 seconds and refunds, all at once.
        var sent = (await Task.WhenAll(first.Select(step => SendAsync(host, RoundOne(step, zar, azr, intents))))).ToList();
        var placed = sent.Where(s => s.Status == HttpStatusCode.Created && s.Request.HoldId is not null).Select(s => s.Request.HoldId!.Value).ToList();

        // A minute passes: the 60-second holds are due. Round two: posts (whole or part), voids, refunds and transfers.
        host.Clock.Advance(TimeSpan.FromSeconds(60));
        sent.AddRange(await Task.WhenAll(second.Select(step => SendAsync(host, RoundTwo(step, zar, intents, placed)))));
        foreach (var hold in placed)
        {
            // Reading a hold whose time has passed expires it.
            Assert.Equal(HttpStatusCode.OK, (await host.Admin.GetAsync($"/api/ledger/holds/{hold}")).StatusCode);
        }
        Assert.All(sent, s => Assert.True(
            s.Status is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity,
            $"{s.Path} answered {(int)s.Status}"));
        await host.AssertLedgerHoldsAsync();
        var before = await SnapshotAsync(host);

        var replays = await Task.WhenAll(sent.Select(async s =>
        {
            using var response = await host.Admin.PostAsync(s.Path, s.Request.Body, s.Key);
            return (Sent: s, response.StatusCode, Replayed: response.Headers.TryGetValues("Idempotency-Replayed", out var values) && values.Contains("true"));
        }));

        Assert.All(replays, r => Assert.Equal(r.Sent.Status, r.StatusCode));
        Assert.All(replays, r => Assert.True(r.Replayed, $"{r.Sent.Path} was run again instead of replayed"));
        Assert.Equal(before, await SnapshotAsync(host));
        await host.AssertLedgerHoldsAsync();
        var refunded = await host.QueryAsync(db => db.PaymentIntents.AsNoTracking().Select(i => new { i.AmountRefunded, i.AmountCaptured }).ToListAsync());
        Assert.All(refunded, i => Assert.InRange(i.AmountRefunded, 0, i.AmountCaptured));
        var reservations = await host.QueryAsync(db => db.Holds.AsNoTracking().Where(h => h.State == HoldState.Pending)
            .GroupBy(h => h.DebitAccountId).Select(g => new { Account = g.Key, Reserved = g.Sum(h => h.Amount) }).ToListAsync());
        var accounts = await host.QueryAsync(db => db.Accounts.AsNoTracking().ToListAsync());
        Assert.All(accounts, a => Assert.Equal(reservations.SingleOrDefault(r => r.Account == a.Id)?.Reserved ?? 0, a.Reserved));
    }

    private static Request RoundOne(Tuple<byte, byte, byte, ushort> step, List<Guid> zar, List<Guid> azr, List<Guid> intents)
    {
        var from = zar[step.Item2 % zar.Count];
        var to = zar[(step.Item2 + 1 + step.Item3 % (zar.Count - 1)) % zar.Count];
        var amount = 1 + step.Item4 % 1_500;
        switch (step.Item1 % 4)
        {
            case 0:
                return new("/api/ledger/transfers", new { id = Guid.CreateVersion7(), debitAccountId = from, creditAccountId = to, amount, currency = "ZAR" });
            case 1:
                var hold = Guid.CreateVersion7();
                return new("/api/ledger/holds",
                    new { id = hold, debitAccountId = from, creditAccountId = to, amount, currency = "ZAR", timeoutSeconds = step.Item3 % 2 == 0 ? 60 : 120 }, hold);
            case 2:
                return new($"/api/payments/intents/{intents[step.Item2 % intents.Count]}/refunds", new { amount = 1 + step.Item4 % 3_000 });
            default:
                var (payer, payee) = step.Item2 % 2 == 0 ? (azr[0], azr[1]) : (azr[1], azr[0]);
                return new("/api/ledger/transfers", new { id = Guid.CreateVersion7(), debitAccountId = payer, creditAccountId = payee, amount = 1 + step.Item4 % 400, currency = "AZR" });
        }
    }

    private static Request RoundTwo(Tuple<byte, byte, byte, ushort> step, List<Guid> zar, List<Guid> intents, List<Guid> holds)
    {
        if (holds.Count > 0 && step.Item1 % 4 is 0 or 1)
        {
            var hold = holds[step.Item2 % holds.Count];
            return step.Item1 % 4 == 0
                ? new($"/api/ledger/holds/{hold}/post", new { transferId = Guid.CreateVersion7(), amount = step.Item3 % 2 == 0 ? (long?)null : 1 })
                : new($"/api/ledger/holds/{hold}/void", new { });
        }
        if (step.Item1 % 4 == 2)
        {
            return new($"/api/payments/intents/{intents[step.Item2 % intents.Count]}/refunds", new { amount = 1 + step.Item4 % 3_000 });
        }
        var from = zar[step.Item2 % zar.Count];
        var to = zar[(step.Item2 + 1) % zar.Count];
        return new("/api/ledger/transfers", new { id = Guid.CreateVersion7(), debitAccountId = from, creditAccountId = to, amount = 1 + step.Item4 % 1_500, currency = "ZAR" });
    }

    private static async Task<Sent> SendAsync(PaymentHost host, Request request)
    {
        var key = Guid.NewGuid().ToString();
        using var response = await host.Admin.PostAsync(request.Path, request.Body, key);
        return new Sent(request, key, response.StatusCode);
    }

    /// <summary>Every account's balance and reservation, every transfer, and every hold's and refund's state.</summary>
    private static async Task<string> SnapshotAsync(PaymentHost host)
    {
        var accounts = await host.QueryAsync(db => db.Accounts.AsNoTracking().OrderBy(a => a.Id).Select(a => $"{a.Id}:{a.Balance}:{a.Reserved}").ToListAsync());
        var transfers = await host.QueryAsync(db => db.Transfers.AsNoTracking().OrderBy(t => t.Id).Select(t => $"{t.Id}:{t.Amount}").ToListAsync());
        var holds = await host.QueryAsync(db => db.Holds.AsNoTracking().OrderBy(h => h.Id).Select(h => $"{h.Id}:{h.State}:{h.TransferId}").ToListAsync());
        var refunds = await host.QueryAsync(db => db.Refunds.AsNoTracking().OrderBy(r => r.Id).Select(r => $"{r.Id}:{r.Amount}").ToListAsync());
        return string.Join('\n', accounts.Concat(transfers).Concat(holds).Concat(refunds));
    }
}
