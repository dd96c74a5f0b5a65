using System.Text.Json;
using Azora.Bench.Harness;
using Azora.Bench.Reporting;

namespace Azora.Bench.Scenarios;

/// <summary>
/// Ledger transfers through the gateway as a platform-admin: one transfer per request, then batches of ten per
/// request, each with a fresh client-supplied id, from an unguarded clearing account to a wallet.
/// </summary>
public sealed class LedgerScenario(string label, string baseUrl) : IScenario
{
    public const int BatchSize = 10;

    public string Name => "ledger";

    /// <summary>Transfers per second one at a time, measured by the last run (for the PostgreSQL ratio to pgbench).</summary>
    public double SingleTransfersPerSecond { get; private set; }

    public async Task RunAsync(BenchContext context)
    {
        var admin = await context.SignInAsync("platform-admin");
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var client = new BenchClient(http, admin.Token, admin.AccountId);
        var owner = Guid.CreateVersion7();
        var from = await client.PostAsync("api/ledger/accounts", new { ownerId = owner, currency = "ZAR", kind = "provider-clearing", guarded = false });
        var to = await client.PostAsync("api/ledger/accounts", new { ownerId = owner, currency = "ZAR", kind = "wallet" });
        var debit = from.GetProperty("id").GetGuid();
        var credit = to.GetProperty("id").GetGuid();
        object Transfer() => new { id = RequestList.FreshId, debitAccountId = debit, creditAccountId = credit, amount = 1, currency = "ZAR", reference = "bench" };

        var path = new Uri(new Uri(baseUrl), "api/ledger/transfers").AbsolutePath;
        var singles = new[] { new PlannedRequest("POST", path, admin.Token, JsonSerializer.Serialize(Transfer())) };
        var single = await context.LoadAsync(baseUrl, await RequestList.WriteScriptAsync(singles, context.WorkDirectory));
        SingleTransfersPerSecond = single.RequestsPerSecond;
        context.Report.Add(new Figure($"ledger transfer, one per request ({label})", single.RequestsPerSecond, "transfers/s",
            Note: $"p50 {single.P50Milliseconds:0.##} ms, p99 {single.P99Milliseconds:0.##} ms, {single.Failures} failed of {single.Requests}"));

        var batches = new[] { new PlannedRequest("POST", path + "/batch", admin.Token,
            JsonSerializer.Serialize(new { transfers = Enumerable.Range(0, BatchSize).Select(_ => Transfer()).ToList() })) };
        var batched = await context.LoadAsync(baseUrl, await RequestList.WriteScriptAsync(batches, context.WorkDirectory));
        context.Report.Add(new Figure($"ledger transfer, batches of {BatchSize} ({label})", batched.RequestsPerSecond * BatchSize, "transfers/s",
            $"one per request ({label})", single.RequestsPerSecond,
            Note: $"p50 {batched.P50Milliseconds:0.##} ms, p99 {batched.P99Milliseconds:0.##} ms per batch, {batched.Failures} failed of {batched.Requests}"));
    }
}
