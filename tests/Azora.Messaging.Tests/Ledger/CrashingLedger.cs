using System.Diagnostics;
using Azora.ServiceDefaults.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.EntityFrameworkCore;

namespace Azora.Messaging.Tests.Ledger;

/// <summary>
/// A ledger process that commits an entry and its event, reports it, and then is killed by the test before its outbox
/// is flushed: the state a crash between commit and send leaves behind. The test assembly's own entry point runs it.
/// </summary>
public static class CrashingLedger
{
    private const string Command = "commit-then-wait-to-be-killed";
    private const string Committed = "committed";

    public static async Task<int> Main(string[] args)
    {
        if (args is not [Command, var provider, var location, var entryId])
        {
            await Console.Error.WriteLineAsync($"usage: {Command} <Sqlite|Postgres> <data directory|connection string> <entry id>");
            return 2;
        }

        var platform = Enum.Parse<DatabaseProvider>(provider) == DatabaseProvider.Sqlite
            ? new PlatformOptions { Database = DatabaseProvider.Sqlite, DataDirectory = location }
            : new PlatformOptions { Database = DatabaseProvider.Postgres, PostgresConnectionString = location };
        var ledger = await LedgerHost.StartAsync(platform);
        await using (var scope = ledger.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<LedgerContext>>();
            var entry = new LedgerEntry { Id = Guid.Parse(entryId), Account = "learner-1", Amount = 1_000 };
            await using var transaction = await outbox.DbContext.Database.BeginTransactionAsync();
            outbox.DbContext.Entries.Add(entry);
            await outbox.PublishAsync(new CreditRecorded(entry.Id, entry.Account, entry.Amount));
            await outbox.DbContext.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        await Console.Out.WriteLineAsync(Committed);
        await Console.Out.FlushAsync();
        await Task.Delay(Timeout.Infinite);
        return 0;
    }

    /// <summary>Starts the ledger in a child process, waits for its commit, then kills it outright.</summary>
    public static async Task CommitAndKillAsync(PlatformOptions platform, Guid entryId)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     typeof(CrashingLedger).Assembly.Location, Command, platform.Database.ToString(),
                     platform.Database == DatabaseProvider.Sqlite ? platform.DataDirectory : platform.PostgresConnectionString!,
                     entryId.ToString(),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the ledger process.");
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync(deadline.Token)) != Committed)
            {
                Assert.True(line is not null, $"The ledger process ended before committing: {await errors}");
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
