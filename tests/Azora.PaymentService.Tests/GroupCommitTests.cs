using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Azora.PaymentService.Data;
using Azora.PaymentService.Ledger;
using Azora.PaymentService.Tests.Payments;
using Azora.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.PaymentService.Tests;

/// <summary>
/// Transfer requests written in groups: the writer is held inside one group's commit while the requests under test
/// queue up one by one, so that all of them go into the next group, in a known order.
/// </summary>
public sealed class GroupCommitTests : IAsyncLifetime
{
    private readonly CommitTrap _trap = new();
    private PaymentHost _host = null!;

    public async Task InitializeAsync() => _host = await PaymentHost.StartAsync(configure: builder =>
        builder.Services.ConfigureDbContext<PaymentSqliteContext>(options => options.AddInterceptors(_trap)));

    public async Task DisposeAsync()
    {
        _trap.Release();
        await _host.DisposeAsync();
    }

    private TransferGroupCommit Queue => _host.Platform.App.Services.GetRequiredService<TransferGroupCommit>();

    [Fact]
    public async Task A_refused_request_in_a_group_refuses_only_itself_and_the_requests_after_it_find_the_balances_it_left_alone()
    {
        var payer = await _host.OpenAsync();
        var payee = await _host.OpenAsync();
        await _host.FundAsync(payer, 1_000);
        var (first, third) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var held = await HoldTheWriterAsync();

        var affordable = await EnqueueAsync(() => _host.TransferAsync(payer, payee, 600, id: first));
        var tooMuch = await EnqueueAsync(() => _host.TransferAsync(payer, payee, 600));
        var rest = await EnqueueAsync(() => _host.TransferAsync(payer, payee, 300, id: third));
        var unknownAccount = await EnqueueAsync(() => _host.TransferAsync(payer, Guid.CreateVersion7(), 10));
        var linked = await EnqueueAsync(() => _host.Admin.PostAsJsonAsync("/api/ledger/transfers/batch", new
        {
            transfers = new[] { Transfer(payer, payee, 50), Transfer(payer, payee, 500) },
        }));
        _trap.Release();

        Assert.Equal(HttpStatusCode.Created, (await held).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await affordable).StatusCode);
        await Problems.AssertFieldErrorAsync(await tooMuch, "amount", HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.Created, (await rest).StatusCode);
        await Problems.AssertFieldErrorAsync(await unknownAccount, "creditAccountId");
        await Problems.AssertFieldErrorAsync(await linked, "transfers[1].amount", HttpStatusCode.UnprocessableEntity);
        Assert.Contains(_trap.Committed, group => group.Contains(first) && group.Contains(third));
        Assert.Equal(100, await _host.BalanceAsync(payer));
        Assert.Equal(900, await _host.BalanceAsync(payee));
        Assert.Equal(2, await _host.QueryAsync(db => db.Transfers.CountAsync(t => t.DebitAccountId == payer)));
        await _host.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task A_group_whose_commit_fails_answers_every_request_in_it_with_an_error_and_stores_none_of_them()
    {
        var payer = await _host.OpenAsync();
        var payee = await _host.OpenAsync();
        await _host.FundAsync(payer, 1_000);
        var ids = Enumerable.Range(0, 4).Select(_ => Guid.CreateVersion7()).ToList();
        var held = await HoldTheWriterAsync();

        var doomed = await EnqueueAsync(() => _host.TransferAsync(payer, payee, 100, id: ids[0], reference: CommitTrap.FailReference));
        var second = await EnqueueAsync(() => _host.TransferAsync(payer, payee, 200, id: ids[1]));
        var linked = await EnqueueAsync(() => _host.Admin.PostAsJsonAsync("/api/ledger/transfers/batch", new
        {
            transfers = new[] { Transfer(payer, payee, 30, ids[2]), Transfer(payee, payer, 10, ids[3]) },
        }));
        _trap.Release();

        Assert.Equal(HttpStatusCode.Created, (await held).StatusCode);
        Assert.All([await doomed, await second, await linked], response => Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode));
        Assert.False(await _host.QueryAsync(db => db.Transfers.AnyAsync(t => ids.Contains(t.Id))));
        Assert.Equal(1_000, await _host.BalanceAsync(payer));
        Assert.Equal(0, await _host.BalanceAsync(payee));
        await _host.AssertLedgerHoldsAsync();

        // Nothing of the failed group lingers: the same transfer sent again is written.
        Assert.Equal(HttpStatusCode.Created, (await _host.TransferAsync(payer, payee, 200, id: ids[1])).StatusCode);
        Assert.Equal(800, await _host.BalanceAsync(payer));
    }

    private static object Transfer(Guid debit, Guid credit, long amount, Guid? id = null) =>
        new { id = id ?? Guid.CreateVersion7(), debitAccountId = debit, creditAccountId = credit, amount, currency = "ZAR" };

    /// <summary>Sends a transfer of its own whose group's commit waits for <see cref="CommitTrap.Release"/>.</summary>
    private async Task<Task<HttpResponseMessage>> HoldTheWriterAsync()
    {
        var from = await _host.OpenAsync(kind: "provider-clearing", guarded: false);
        var to = await _host.OpenAsync();
        var held = _host.TransferAsync(from, to, 1, reference: CommitTrap.HoldReference);
        await _trap.Held.WaitAsync(TimeSpan.FromSeconds(30));
        return held;
    }

    /// <summary>Sends a request and waits until it is queued behind the ones before it.</summary>
    private async Task<Task<HttpResponseMessage>> EnqueueAsync(Func<Task<HttpResponseMessage>> send)
    {
        var waiting = Queue.Waiting;
        var sent = send();
        await PaymentApi.EventuallyAsync(() => Task.FromResult(Queue.Waiting == waiting + 1 || sent.IsCompleted), "the request to be queued");
        Assert.False(sent.IsCompleted, "The request was answered instead of queued.");
        return sent;
    }

    /// <summary>
    /// Holds the commit of a group writing a transfer referenced <see cref="HoldReference"/> until released, fails the
    /// commit of one writing a transfer referenced <see cref="FailReference"/> as a database gone away would, and keeps
    /// the transfer ids of every group that commits.
    /// </summary>
    private sealed class CommitTrap : DbTransactionInterceptor
    {
        public const string HoldReference = "hold the writer";
        public const string FailReference = "fail the commit";

        private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Held => _held.Task;

        public ConcurrentQueue<HashSet<Guid>> Committed { get; } = new();

        public void Release() => _released.TrySetResult();

        public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context is PaymentDbContext db && db.Transfers.Local.ToList() is { Count: > 0 } transfers)
            {
                if (transfers.Any(t => t.Reference == HoldReference))
                {
                    _held.TrySetResult();
                    await _released.Task;
                }
                if (transfers.Any(t => t.Reference == FailReference))
                {
                    throw new DatabaseWentAway();
                }
                Committed.Enqueue([.. transfers.Select(t => t.Id)]);
            }
            return result;
        }
    }

    private sealed class DatabaseWentAway() : DbException("The database went away in the middle of the commit.")
    {
        public override bool IsTransient => true;
    }
}
