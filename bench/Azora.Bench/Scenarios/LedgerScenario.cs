using System.Text.Json;
using Azora.Bench.Harness;
using Azora.Bench.Reporting;

namespace Azora.Bench.Scenarios;

/// <summary>
/// Ledger transfers as a platform-admin, each with a fresh client-supplied id, from an unguarded clearing account to a
/// wallet: one transfer per request, then batches of ten per request, spread over <see cref="Pairs"/> account pairs
/// the way pgbench's simple-update spreads its updates over random rows (the requests in flight at once never share an
/// account); and one transfer per request all on one hot pair of accounts, where every transfer waits for the one
/// before it to commit. <see cref="WarmUpTransfers"/> transfers go first, unmeasured, so that a freshly started
/// service has compiled its code and queries and filled its connection pool before the clock starts.
/// </summary>
public sealed class LedgerScenario(string label, string baseUrl) : IScenario
{
    public const int BatchSize = 10;

    /// <summary>More pairs than connections, so no two transfers in flight at once touch the same account.</summary>
    public const int Pairs = 256;

    public const int WarmUpTransfers = 300;

    public string Name => "ledger";

    /// <summary>Transfers per second one at a time, measured by the last run (for the PostgreSQL ratio to pgbench).</summary>
    public double SingleTransfersPerSecond { get; private set; }

    public async Task RunAsync(BenchContext context)
    {
        var admin = await context.SignInAsync("platform-admin");
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var client = new BenchClient(http, admin.Token, admin.AccountId);
        var pairs = await OpenPairsAsync(client);
        var path = new Uri(new Uri(baseUrl), "api/ledger/transfers").AbsolutePath;
        static object Transfer((Guid Debit, Guid Credit) pair, string id) =>
            new { id, debitAccountId = pair.Debit, creditAccountId = pair.Credit, amount = 1, currency = "ZAR", reference = "bench" };
        for (var i = 0; i < WarmUpTransfers; i++)
        {
            var pair = pairs[i % pairs.Count];
            await client.PostAsync("api/ledger/transfers", Transfer(pair, Guid.CreateVersion7().ToString()));
            if (i % 10 == 0)
            {
                await client.PostAsync("api/ledger/transfers/batch",
                    new { transfers = Enumerable.Range(0, BatchSize).Select(_ => Transfer(pair, Guid.CreateVersion7().ToString())).ToList() });
            }
        }

        var singles = pairs.Select(pair => new PlannedRequest("POST", path, admin.Token, JsonSerializer.Serialize(Transfer(pair, RequestList.FreshId)))).ToList();
        var single = await context.LoadAsync(baseUrl, await RequestList.WriteScriptAsync(singles, context.WorkDirectory));
        SingleTransfersPerSecond = single.RequestsPerSecond;
        context.Report.Add(new Figure($"ledger transfer, one per request ({label})", single.RequestsPerSecond, "transfers/s",
            Note: $"over {Pairs} account pairs; {single.Summary}"));

        var batches = pairs.Select(pair => new PlannedRequest("POST", path + "/batch", admin.Token,
            JsonSerializer.Serialize(new { transfers = Enumerable.Range(0, BatchSize).Select(_ => Transfer(pair, RequestList.FreshId)).ToList() }))).ToList();
        var batched = await context.LoadAsync(baseUrl, await RequestList.WriteScriptAsync(batches, context.WorkDirectory));
        context.Report.Add(new Figure($"ledger transfer, batches of {BatchSize} ({label})", batched.RequestsPerSecond * BatchSize, "transfers/s",
            $"one per request ({label})", single.RequestsPerSecond,
            Note: $"over {Pairs} account pairs, {BatchSize} transfers a request; {batched.Summary}"));

        var hot = await context.LoadAsync(baseUrl, await RequestList.WriteScriptAsync([singles[0]], context.WorkDirectory));
        context.Report.Add(new Figure($"ledger transfer, one hot account pair ({label})", hot.RequestsPerSecond, "transfers/s",
            $"one per request ({label})", single.RequestsPerSecond,
            Note: $"every transfer on the same two accounts; {hot.Summary}"));
    }

    /// <summary>A clearing account and a wallet for each of <see cref="Pairs"/> owners.</summary>
    private static async Task<List<(Guid Debit, Guid Credit)>> OpenPairsAsync(BenchClient client)
    {
        var pairs = new List<(Guid Debit, Guid Credit)>();
        foreach (var chunk in Enumerable.Range(0, Pairs).Chunk(16))
        {
            pairs.AddRange(await Task.WhenAll(chunk.Select(async _ =>
            {
                var owner = Guid.CreateVersion7();
                var from = await client.PostAsync("api/ledger/accounts", new { ownerId = owner, currency = "ZAR", kind = "provider-clearing", guarded = false });
                var to = await client.PostAsync("api/ledger/accounts", new { ownerId = owner, currency = "ZAR", kind = "wallet" });
                return (from.GetProperty("id").GetGuid(), to.GetProperty("id").GetGuid());
            })));
        }
        return pairs;
    }
}
