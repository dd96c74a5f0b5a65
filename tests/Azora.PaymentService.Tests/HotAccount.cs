using System.Net;
using Azora.PaymentService.Tests.Payments;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Tests;

/// <summary>
/// Two hundred transfers at once into and out of one guarded account, more out than it can ever hold (the source can
/// afford every one of its own): the writers judge each debit against the balance the transfers before it left.
/// </summary>
internal static class HotAccount
{
    public static async Task AssertNeverOverdrawnAsync(PaymentHost host)
    {
        var hot = await host.OpenAsync();
        var source = await host.OpenAsync();
        var payees = new[] { await host.OpenAsync(), await host.OpenAsync(), await host.OpenAsync() };
        await host.FundAsync(hot, 2_000);
        await host.FundAsync(source, 10_000);
        var random = new Random(8);
        var planned = Enumerable.Range(0, 200).Select(i => (
            Id: Guid.CreateVersion7(),
            From: i % 4 == 0 ? source : hot,
            To: i % 4 == 0 ? hot : payees[i % 3],
            Amount: 1L + random.Next(200))).ToList();

        var responses = await Task.WhenAll(planned.Select(t => host.TransferAsync(t.From, t.To, t.Amount, id: t.Id)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.UnprocessableEntity, $"Answered {r.StatusCode}"));
        var written = planned.Where((_, i) => responses[i].StatusCode == HttpStatusCode.Created).ToList();
        var refused = planned.Where((_, i) => responses[i].StatusCode == HttpStatusCode.UnprocessableEntity).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, t => Assert.Equal(hot, t.From));
        var balance = await host.BalanceAsync(hot);
        Assert.True(balance >= 0, $"The hot account went to {balance}.");
        Assert.Equal(2_000 + written.Where(t => t.To == hot).Sum(t => t.Amount) - written.Where(t => t.From == hot).Sum(t => t.Amount), balance);
        var ids = planned.Select(t => t.Id).ToList();
        var stored = await host.QueryAsync(db => db.Transfers.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToListAsync());
        Assert.Equal(written.Select(t => t.Id).Order(), stored.Order());
        await host.AssertLedgerHoldsAsync();
    }
}
