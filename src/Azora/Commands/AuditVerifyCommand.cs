using Azora.Contracts.Audit;
using Azora.Hosting;
using Azora.ServiceDefaults.Persistence;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Azora.Commands;

/// <summary>
/// Checks the audit log from its stored rows: every leaf hash recomputed from the entry's bytes, the Merkle tree rebuilt,
/// every signed tree head's root and signature checked. Exits 0 when all holds, 1 naming each fault otherwise.
/// </summary>
internal sealed class AuditVerifyCommand : AsyncCommand<PlatformSettings>
{
    private const string ServiceId = "audit-logging-service";

    public override async Task<int> ExecuteAsync(CommandContext context, PlatformSettings settings, CancellationToken cancellationToken)
    {
        await using var app = PlatformHost.Build(settings.HostArguments(), [ServiceId]);
        foreach (var migrator in app.Services.GetServices<IDatabaseMigrator>().Where(m => m.ServiceId == ServiceId))
        {
            await migrator.MigrateAsync(cancellationToken);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var verifier = scope.ServiceProvider.GetRequiredService<IAuditLogVerifier>();
        var result = await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var reporter = new SynchronousProgress(report =>
                {
                    if (!tasks.TryGetValue(report.Stage, out var task))
                    {
                        task = tasks[report.Stage] = progress.AddTask($"Checking {report.Stage}");
                    }
                    task.MaxValue = Math.Max(1, report.Total);
                    task.Value = report.Total == 0 ? 1 : report.Done;
                });
                return await verifier.VerifyAsync(reporter, cancellationToken);
            });

        if (result.Holds)
        {
            AnsiConsole.MarkupLineInterpolated(
                $"[green]The audit log holds:[/] {Count(result.EntryCount, "entry", "entries")} and {Count(result.TreeHeadCount, "signed tree head", "signed tree heads")} verified.");
            return 0;
        }
        foreach (var fault in result.Faults)
        {
            var subject = fault.LeafIndex is { } index
                ? $"entry {index}" + (fault.EntryId is { } id ? $" ({id})" : "")
                : fault.TreeSize is { } size ? $"tree head of size {size}" + (fault.TreeHeadId is { } head ? $" ({head})" : "") : "log";
            AnsiConsole.MarkupLineInterpolated($"[red]{subject}:[/] {fault.Problem}");
        }
        AnsiConsole.MarkupLineInterpolated($"[red]The audit log does not hold: {result.Faults.Count} faults.[/]");
        return 1;
    }

    /// <summary>Reports on the verifier's own thread, so the progress bars move while it works (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<AuditVerificationProgress> report) : IProgress<AuditVerificationProgress>
    {
        public void Report(AuditVerificationProgress value) => report(value);
    }

    private static string Count(long count, string one, string many) =>
        $"{count.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";
}
