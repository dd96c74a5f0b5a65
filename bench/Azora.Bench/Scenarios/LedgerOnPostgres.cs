using System.Globalization;
using Azora.Bench.Harness;
using Azora.Bench.Reporting;
using Azora.Testing;
using Azora.Testing.Postgres;

namespace Azora.Bench.Scenarios;

/// <summary>
/// The ledger on PostgreSQL, as a split deployment runs it: payment-service alone in its own process on a durable
/// PostgreSQL cluster (fsync on), trusting the running platform's session-service; and pgbench's simple-update on the
/// same cluster, in the same run, as the ceiling. Both start once the running platform has handled every event its own
/// scenarios set off (an audit record for each ledger transfer on SQLite), so that they do not share the machine's cores
/// with what is left of them.
/// </summary>
public static class LedgerOnPostgres
{
    public static async Task RunAsync(BenchContext context)
    {
        var drained = await EventBacklog.DrainAsync(context.DataDirectory);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The platform's events were all handled {drained.TotalSeconds:0.#} s after its scenarios."));
        await using var postgres = await PostgresServer.StartAsync(durable: true);
        var pgbenchDatabase = await postgres.CreateDatabaseAsync("pgbench");
        var pgbench = await Pgbench.SimpleUpdateTransactionsPerSecondAsync(pgbenchDatabase, context.Options.Connections, context.Options.Duration);
        context.Report.Add(new Figure("pgbench simple-update (same PostgreSQL)", pgbench, "tps"));

        var port = FreePorts.Next();
        var environment = PlatformProcess.Environment(Path.Combine(context.WorkDirectory, "payment-postgres"));
        environment["Azora__Ports__payment-service"] = port.ToString(CultureInfo.InvariantCulture);
        await using var payment = await PlatformProcess.StartAsync(context.Options.AzoraDll,
            ["run", "--service", "payment-service", "--postgres", await postgres.CreateDatabaseAsync("ledger")],
            environment, [new Uri($"http://127.0.0.1:{port}/health/ready")]);

        var ledger = new LedgerScenario("PostgreSQL, direct", $"http://127.0.0.1:{port}/");
        var platform = context.Platform;
        context.Platform = payment;
        try
        {
            await ledger.RunAsync(context);
        }
        finally
        {
            context.Platform = platform;
        }
        context.Report.Add(new Figure("ledger transfers vs pgbench simple-update (PostgreSQL)", ledger.SingleTransfersPerSecond, "transfers/s",
            "pgbench simple-update", pgbench, "at least 5,000/s and at least 50% of pgbench",
            ledger.SingleTransfersPerSecond >= 5000 && ledger.SingleTransfersPerSecond >= 0.5 * pgbench));
    }
}
