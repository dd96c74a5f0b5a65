using System.Security.Cryptography;
using Azora.Bench.Harness;
using Azora.Bench.Reporting;
using Azora.Bench.Scenarios;
using Azora.Testing;

namespace Azora.Bench;

/// <summary>
/// The whole measurement, in one process and one run: the bare baseline, a seeded one-process platform (cold start,
/// memory), each scenario through the gateway, and the ledger again on a durable PostgreSQL beside pgbench.
/// </summary>
public sealed class BenchRun(BenchOptions options, string command, string commit)
{
    public async Task<BenchReport> RunAsync()
    {
        var report = new BenchReport(command, commit);
        var work = Directory.CreateTempSubdirectory("azora-bench-").FullName;
        var data = Path.Combine(work, "data");
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        using var gateway = new HttpClient { BaseAddress = new Uri(BenchClient.GatewayAddress), Timeout = TimeSpan.FromMinutes(2) };
        var context = new BenchContext(options, report, gateway, work, data, password);

        await using (var bare = await BareJsonEndpoint.StartAsync(FreePorts.Next()))
        {
            context.Bare = await context.LoadAsync(bare.Url);
            report.Add(new Figure("bare Kestrel JSON endpoint", context.Bare.RequestsPerSecond, "req/s",
                Note: $"p50 {context.Bare.P50Milliseconds:0.##} ms, p99 {context.Bare.P99Milliseconds:0.##} ms at {options.Connections} connections"));
        }

        Console.WriteLine("Seeding the demo data (azora seed demo)...");
        await ChildProcess.RunAsync("dotnet", [options.AzoraDll, "seed", "demo", "--password-stdin", "--data", data],
            PlatformProcess.Environment(data), standardInput: password + "\n");

        await using (var platform = await PlatformProcess.StartAsync(options.AzoraDll, data))
        {
            report.Add(new Figure("cold start, every implemented service ready", platform.ColdStart.TotalSeconds, "s",
                Target: "at most 5 s", Met: platform.ColdStart.TotalSeconds <= 5));
            await Task.Delay(TimeSpan.FromSeconds(5));
            var idle = platform.ResidentMemoryMiB();
            context.Platform = platform;
            report.Add(new Figure("resident memory, idle", idle, "MiB", Target: "at most 400 MB", Met: idle * 1.048576 <= 400));

            IScenario[] scenarios =
            [
                new CatalogScenario(),
                new LessonCompletionScenario(),
                new QuizScenario(),
                new LedgerScenario("SQLite", BenchClient.GatewayAddress + "payment-service/"),
                new CredentialScenario(),
            ];
            var peak = idle;
            foreach (var scenario in scenarios.Where(s => options.Includes(s.Name)))
            {
                Console.WriteLine($"Scenario {scenario.Name}...");
                using var sampler = new MemorySampler(platform);
                await scenario.RunAsync(context);
                peak = Math.Max(peak, sampler.Peak);
            }
            report.Add(new Figure("resident memory, peak under load", peak, "MiB", "idle", idle));

            if (options.Includes("ledger-postgres"))
            {
                await LedgerOnPostgres.RunAsync(context);
            }
        }

        if (options.Includes("micro"))
        {
            await MicroBenchmarks.RunAsync(context, options.MicroDll);
        }

        await report.WriteAsync(options.OutputDirectory);
        Directory.Delete(work, recursive: true);
        return report;
    }
}
