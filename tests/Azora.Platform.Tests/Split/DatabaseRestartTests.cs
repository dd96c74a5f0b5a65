using System.Collections.Concurrent;
using System.Net;
using Azora.Contracts;

namespace Azora.Platform.Tests.Split;

/// <summary>
/// PostgreSQL stopped at once (as a crash would) for several seconds and started again while ledger transfers keep
/// coming through the gateway. Each answer is the transfer written or a clean 503 problem with Retry-After, in good
/// time; the platform comes back by itself, without the supervisor restarting anything; every transfer answered as
/// written is stored once with both legs, every one answered 503 is either absent or whole, and sending those again
/// with the same ids and Idempotency-Keys writes each exactly once.
/// </summary>
[Collection(SplitPlatform.Collection)]
public sealed class DatabaseRestartTests(SplitPlatform platform)
{
    private const int Workers = 4;
    private const int TransfersBefore = 12;
    private const int TransfersAfter = 12;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan AnswerDeadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private sealed record Sent(Guid Id, long Amount, SplitLedger.Answer? Answer, string? Failure);

    [Fact]
    public async Task Requests_during_a_database_restart_fail_cleanly_none_is_half_applied_and_service_resumes_by_itself()
    {
        var admin = await platform.ProvisionedAsync(Roles.PlatformAdmin);
        var ledger = new SplitLedger(admin);
        var clearing = await ledger.OpenAccountAsync("provider-clearing");
        var wallet = await ledger.OpenAccountAsync("wallet");
        var restartsBefore = await RestartsAsync(admin);

        var sent = new ConcurrentQueue<Sent>();
        var written = 0;
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var id = Guid.CreateVersion7();
                var amount = 1 + ((worker * 11 + n) % 40);
                using var deadline = new CancellationTokenSource(AnswerDeadline);
                try
                {
                    var answer = await ledger.TransferAsync(id, clearing, wallet, amount, KeyOf(id), deadline.Token);
                    sent.Enqueue(new Sent(id, amount, answer, null));
                    if (answer.Status == HttpStatusCode.Created)
                    {
                        Interlocked.Increment(ref written);
                    }
                    else
                    {
                        // A turned-away caller waits a moment, as Retry-After asks, rather than hammering.
                        await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
                    }
                }
                catch (Exception error) when (error is HttpRequestException or OperationCanceledException)
                {
                    sent.Enqueue(new Sent(id, amount, null, $"{error.GetType().Name}: {error.Message}"));
                }
            }
        })).ToList();

        try
        {
            await Polling.UntilAsync(() => Task.FromResult(Volatile.Read(ref written)), done => done >= TransfersBefore, Patience);
            await platform.Postgres.StopAsync();
            try
            {
                await Task.Delay(Outage);
            }
            finally
            {
                await platform.Postgres.StartAgainAsync();
            }
            // Service resumes by itself: new transfers are written again.
            var resumedFrom = Volatile.Read(ref written);
            await Polling.UntilAsync(() => Task.FromResult(Volatile.Read(ref written)), done => done >= resumedFrom + TransfersAfter, Patience);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(load);
        }

        var answers = sent.ToList();
        Assert.All(answers, s => Assert.True(s.Answer is { Status: HttpStatusCode.Created } or { Status: HttpStatusCode.ServiceUnavailable },
            s.Failure ?? $"Transfer {s.Id} answered {(int)s.Answer!.Status}: {s.Answer.Body}"));
        var refused = answers.Where(s => s.Answer!.Status == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, s =>
        {
            Assert.Equal("application/problem+json", s.Answer!.ContentType);
            Assert.False(string.IsNullOrEmpty(s.Answer.RetryAfter), $"A 503 without Retry-After: {s.Answer.Body}");
        });

        // Every service is ready again, and nothing was restarted to get there.
        await platform.WaitUntilRoutedAsync(platform.ServiceIds);
        Assert.Equal(restartsBefore, await RestartsAsync(admin));

        // A 503 changed nothing or, if its commit went through as the connection dropped, the whole transfer is there.
        foreach (var transfer in refused)
        {
            var stored = await ledger.StoredAmountAsync(transfer.Id);
            Assert.True(stored is null || stored == transfer.Amount, $"Transfer {transfer.Id} is stored with {stored} instead of {transfer.Amount}.");
        }
        // Sending the refused ones again with the same ids and keys writes each one, or finds it written: a key whose request
        // died with the database is taken over once its claim goes stale, instead of staying "in progress".
        foreach (var transfer in refused)
        {
            var again = await ledger.TransferAsync(transfer.Id, clearing, wallet, transfer.Amount, KeyOf(transfer.Id));
            Assert.True(again.Status is HttpStatusCode.Created or HttpStatusCode.OK, $"Sending transfer {transfer.Id} again answered {(int)again.Status}: {again.Body}");
        }
        await ledger.AssertBooksAsync(clearing, wallet, answers.ToDictionary(s => s.Id, s => s.Amount));
    }

    /// <summary>Each transfer's Idempotency-Key, so that the one sent again carries the same.</summary>
    private static string KeyOf(Guid transfer) => $"restart-{transfer}";

    /// <summary>How many times the supervisor has restarted each process, by instance.</summary>
    private static async Task<Dictionary<string, int>> RestartsAsync(Member admin)
    {
        var processes = await admin.GetAsync("/self-healing-orchestrator/api/processes");
        return processes.EnumerateArray().ToDictionary(p => p.GetProperty("instanceId").GetString()!, p => p.GetProperty("restarts").GetInt32());
    }
}
