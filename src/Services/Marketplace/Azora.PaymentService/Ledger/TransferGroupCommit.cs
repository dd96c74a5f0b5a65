using System.Threading.Channels;
using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Azora.PaymentService.Ledger;

/// <summary>
/// Group commit for the ledger API's transfer requests. Each request (a transfer or a linked batch) waits in a queue;
/// a few writers each take every request waiting, up to <see cref="MaxTransfersPerGroup"/> transfers, write them with
/// <see cref="TransferGroupWriter"/> in one database transaction (one lock of the accounts, one save, one commit and so
/// one disk flush for the lot), and then answer each request with its own outcome. Within a group the requests are
/// judged in the order they arrived, exactly as if they had come one after another: a refused request refuses only
/// itself. A group whose commit fails answers every request in it with the failure and stores none of them. No request
/// is answered before its group committed, so a crash never loses an acknowledged transfer.
/// </summary>
/// <remarks>
/// One writer on SQLite, which has one writer per database anyway; <see cref="PostgresWriters"/> on PostgreSQL, so that
/// one group fills while another commits. The queue is only ever as long as the requests in flight.
/// </remarks>
internal sealed class TransferGroupCommit(IServiceScopeFactory scopes) : BackgroundService
{
    public const int PostgresWriters = 4;

    /// <summary>A writer stops taking requests into its group once it holds this many transfers.</summary>
    public const int MaxTransfersPerGroup = 1_000;

    private readonly Channel<QueuedRequest> _queue = Channel.CreateUnbounded<QueuedRequest>();

    /// <summary>Requests waiting for a writer to take them.</summary>
    public int Waiting => _queue.Reader.Count;

    /// <summary>Writes a transfer request in the next group to commit and answers once it has.</summary>
    public Task<TransferOutcome> WriteAsync(TransferTerms transfer, CancellationToken cancellationToken) =>
        WriteAsync([transfer], cancellationToken);

    /// <summary>Writes a linked batch (all of it or none) in the next group to commit and answers once it has.</summary>
    public Task<TransferOutcome> WriteAsync(IReadOnlyList<TransferTerms> linked, CancellationToken cancellationToken)
    {
        var request = new QueuedRequest(linked, cancellationToken);
        if (!_queue.Writer.TryWrite(request))
        {
            throw new InvalidOperationException("The ledger is shutting down and takes no more transfers.");
        }
        return request.Answer.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        bool sqlite;
        await using (var scope = scopes.CreateAsyncScope())
        {
            sqlite = scope.ServiceProvider.GetRequiredService<PaymentDbContext>().Database.IsSqlite();
        }
        await Task.WhenAll(Enumerable.Range(0, sqlite ? 1 : PostgresWriters).Select(_ => Task.Run(RunWriterAsync, CancellationToken.None)));
    }

    /// <summary>Takes no new requests, answers every one already queued, then stops.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task RunWriterAsync()
    {
        while (await _queue.Reader.WaitToReadAsync())
        {
            var group = TakeGroup();
            if (group.Count > 0)
            {
                await WriteAsync(group);
            }
        }
    }

    private List<QueuedRequest> TakeGroup()
    {
        var group = new List<QueuedRequest>();
        var transfers = 0;
        while (transfers < MaxTransfersPerGroup && _queue.Reader.TryRead(out var request))
        {
            // A caller that gave up before its request was taken is not written.
            if (request.Cancellation.IsCancellationRequested)
            {
                request.Answer.TrySetCanceled(request.Cancellation);
                continue;
            }
            group.Add(request);
            transfers += request.Transfers.Count;
        }
        return group;
    }

    private async Task WriteAsync(List<QueuedRequest> group)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var outcomes = await scope.ServiceProvider.GetRequiredService<TransferGroupWriter>()
                .WriteAsync([.. group.Select(r => r.Transfers)], CancellationToken.None);
            for (var i = 0; i < group.Count; i++)
            {
                group[i].Answer.TrySetResult(outcomes[i]);
            }
        }
        catch (Exception exception)
        {
            foreach (var request in group)
            {
                request.Answer.TrySetException(new TransferGroupFailedException(exception));
            }
        }
    }

    private sealed record QueuedRequest(IReadOnlyList<TransferTerms> Transfers, CancellationToken Cancellation)
    {
        public TaskCompletionSource<TransferOutcome> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>The group a transfer request was written in could not commit; none of the group's transfers were stored.</summary>
internal sealed class TransferGroupFailedException(Exception cause)
    : Exception("The group of transfers this request was written in could not be committed; nothing of it was stored.", cause);
