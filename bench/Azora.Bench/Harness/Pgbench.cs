using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Azora.Bench.Harness;

/// <summary>
/// PostgreSQL's own load tool against the same server the ledger uses: its built-in simple-update transaction (one
/// UPDATE, a SELECT and an INSERT per transaction), the ceiling for a service that writes a few rows per request.
/// </summary>
public static partial class Pgbench
{
    public static async Task<double> SimpleUpdateTransactionsPerSecondAsync(string connectionString, int clients, TimeSpan duration)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        string[] target = ["-h", builder.Host!, "-p", builder.Port.ToString(CultureInfo.InvariantCulture), "-U", builder.Username!];
        var pgbench = Directory.GetFiles("/usr/lib/postgresql", "pgbench", SearchOption.AllDirectories).Max()
            ?? throw new InvalidOperationException("pgbench is missing: bench/run.sh installs Debian's postgresql package.");
        await ChildProcess.RunAsync(pgbench, ["-i", "-s", "10", "-q", .. target, builder.Database!]);
        var output = await ChildProcess.RunAsync(pgbench,
        [
            "-b", "simple-update", "-c", clients.ToString(CultureInfo.InvariantCulture),
            "-j", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
            "-T", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture), .. target, builder.Database!,
        ]);
        return double.Parse(Tps().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"tps = ([\d.]+)")]
    private static partial Regex Tps();
}
