using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Azora.Contracts;

namespace Azora.Platform.Tests.Split;

/// <summary>
/// payment-service runs as two instances behind the gateway. Under a steady load of idempotent requests (transfers
/// POSTed with an Idempotency-Key, GETs of what they wrote) one instance is SIGKILLed: every request still succeeds (the
/// gateway sends the ones the dead instance dropped to the other; one it wrote before dying is answered as a repeat),
/// no transfer is written twice, and the supervisor restarts the killed instance and puts it back into the gateway's
/// rotation. health-monitor watches both instances.
/// </summary>
[Collection(SplitPlatform.Collection)]
public sealed class ReplicaTests(SplitPlatform platform)
{
    private const int Workers = 3;
    private const int TransfersBeforeKill = 20;
    private const int TransfersAfterReturn = 20;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Killing_one_of_two_instances_loses_no_idempotent_request_and_the_killed_one_comes_back_into_rotation()
    {
        var admin = await platform.ProvisionedAsync(Roles.PlatformAdmin);
        var victim = $"{SplitPlatform.ReplicatedServiceId}-1";
        await Polling.UntilAsync(() => SplitPlatform.GatewayInstancesAsync(admin),
            instances => InRotation(instances, $"{SplitPlatform.ReplicatedServiceId}-0") && InRotation(instances, victim), Patience);
        // health-monitor polls both instances, as the gateway routes to both.
        await Polling.UntilAsync(() => admin.GetAsync("/health-monitor/api/status"),
            status => status.GetProperty("services").EnumerateArray()
                .Any(s => s.GetProperty("id").GetString() == SplitPlatform.ReplicatedServiceId && s.GetProperty("instances").GetInt32() == 2), Patience);
        var ledger = new SplitLedger(admin);
        var clearing = await ledger.OpenAccountAsync("provider-clearing");
        var wallet = await ledger.OpenAccountAsync("wallet");

        var written = new ConcurrentDictionary<Guid, long>();
        var failures = new ConcurrentQueue<string>();
        var transfersDone = 0;
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var id = Guid.CreateVersion7();
                var amount = 1 + ((worker * 7 + n) % 50);
                try
                {
                    var answer = await ledger.TransferAsync(id, clearing, wallet, amount, key: Guid.NewGuid().ToString());
                    // 200 is the answer to a repeat: the killed instance wrote the transfer and died before
                    // answering, and the request sent again took over its key and found the transfer written.
                    if (answer.Status is not (HttpStatusCode.Created or HttpStatusCode.OK) || !IsTransfer(answer.Body, id, amount))
                    {
                        failures.Enqueue($"POST transfer {id} answered {(int)answer.Status}: {answer.Body}");
                        continue;
                    }
                    written[id] = amount;
                    Interlocked.Increment(ref transfersDone);
                    foreach (var path in new[] { $"/transfers/{id}", $"/accounts/{wallet}" })
                    {
                        if (await ledger.GetAsync(path) is var status and not HttpStatusCode.OK)
                        {
                            failures.Enqueue($"GET {path} answered {(int)status}");
                        }
                    }
                }
                catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
                {
                    failures.Enqueue($"Transfer {id} got no answer: {error.Message}");
                }
            }
        })).ToList();

        try
        {
            await Polling.UntilAsync(() => Task.FromResult(Volatile.Read(ref transfersDone)), done => done >= TransfersBeforeKill, Patience);
            var before = await SplitPlatform.ProcessAsync(admin, victim);
            var pid = before.GetProperty("pid").GetInt32();
            using (var instance = Process.GetProcessById(pid))
            {
                instance.Kill();
                await instance.WaitForExitAsync();
            }

            var restarted = await Polling.UntilAsync(() => SplitPlatform.ProcessAsync(admin, victim),
                p => p.GetProperty("ready").GetBoolean() && p.GetProperty("restarts").GetInt32() > before.GetProperty("restarts").GetInt32(), Patience);
            Assert.NotEqual(pid, restarted.GetProperty("pid").GetInt32());
            await Polling.UntilAsync(() => SplitPlatform.GatewayInstancesAsync(admin), instances => InRotation(instances, victim), Patience);
            // The load goes on over both instances again for a while.
            var returnedAt = Volatile.Read(ref transfersDone);
            await Polling.UntilAsync(() => Task.FromResult(Volatile.Read(ref transfersDone)), done => done >= returnedAt + TransfersAfterReturn, Patience);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(load);
        }

        Assert.True(failures.IsEmpty, string.Join("\n", failures));
        await ledger.AssertBooksAsync(clearing, wallet, written);
    }

    private static bool IsTransfer(string body, Guid id, long amount)
    {
        using var transfer = JsonDocument.Parse(body);
        return transfer.RootElement.GetProperty("id").GetGuid() == id && transfer.RootElement.GetProperty("amount").GetInt64() == amount;
    }

    private static bool InRotation(List<JsonElement> instances, string instanceId) =>
        instances.Any(i => i.GetProperty("instanceId").GetString() == instanceId && i.GetProperty("inRotation").GetBoolean());
}
