using System.Net;

namespace Azora.PaymentService.Tests;

/// <summary>Fifty transfers at once out of one guarded account that can afford only some of them.</summary>
internal static class ConcurrentDebits
{
    public const int Attempts = 50;
    public const long Amount = 100;
    public const long Affordable = 17;

    public static async Task AssertExactlyTheAffordableSucceedAsync(PaymentHost host)
    {
        var payer = await host.OpenAsync();
        var payees = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            payees.Add(await host.OpenAsync());
        }
        await host.FundAsync(payer, Affordable * Amount + Amount / 2);

        var responses = await Task.WhenAll(Enumerable.Range(0, Attempts)
            .Select(i => host.TransferAsync(payer, payees[i % payees.Count], Amount)));

        Assert.Equal(Affordable, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(Attempts - Affordable, responses.Count(r => r.StatusCode == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(Amount / 2, await host.BalanceAsync(payer));
        long received = 0;
        foreach (var payee in payees)
        {
            received += await host.BalanceAsync(payee);
        }
        Assert.Equal(Affordable * Amount, received);
    }
}
