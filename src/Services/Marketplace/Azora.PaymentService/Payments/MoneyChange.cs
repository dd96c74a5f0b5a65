using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Azora.PaymentService.Ledger;
using Azora.PaymentService.Webhooks;
using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore.Storage;
using Wolverine.EntityFrameworkCore;

namespace Azora.PaymentService.Payments;

/// <summary>
/// One change that moves money: opened under the ledger's write gate in one database transaction, it writes the
/// transfers, the caller's own rows, the events that tell of it (through Wolverine's transactional outbox) and the
/// outbound webhook deliveries, and commits them together. Disposed without <see cref="CommitAsync"/>, it rolls back
/// everything, balances included.
/// </summary>
internal sealed class MoneyChange : IAsyncDisposable
{
    private readonly IDisposable _gate;
    private readonly IDbContextTransaction _transaction;
    private readonly IDbContextOutbox<PaymentDbContext> _outbox;
    private readonly LedgerWriter _ledger;
    private readonly WebhookOutbox _webhooks;
    private readonly List<object> _events = [];

    private MoneyChange(IDisposable gate, IDbContextTransaction transaction, IDbContextOutbox<PaymentDbContext> outbox, LedgerWriter ledger, WebhookOutbox webhooks)
    {
        _gate = gate;
        _transaction = transaction;
        _outbox = outbox;
        _ledger = ledger;
        _webhooks = webhooks;
    }

    public PaymentDbContext Db => _outbox.DbContext;

    public static async Task<MoneyChange> BeginAsync(
        LedgerWriteGate gate, IDbContextOutbox<PaymentDbContext> outbox, LedgerWriter ledger, WebhookOutbox webhooks, CancellationToken cancellationToken)
    {
        var entered = await gate.EnterAsync(outbox.DbContext, cancellationToken);
        try
        {
            var transaction = await outbox.DbContext.Database.BeginTransactionAsync(cancellationToken);
            return new MoneyChange(entered, transaction, outbox, ledger, webhooks);
        }
        catch
        {
            entered.Dispose();
            throw;
        }
    }

    /// <summary>Writes linked transfers; null when written, the refusal otherwise (then the change must not commit).</summary>
    public async Task<TransferOutcome.Refused?> TransferAsync(IReadOnlyList<TransferTerms> transfers, CancellationToken cancellationToken) =>
        transfers.Count == 0 ? null : await _ledger.WriteWithinAsync(transfers, cancellationToken) as TransferOutcome.Refused;

    /// <summary>An event to publish when the change commits.</summary>
    public void Announce(object message) => _events.Add(message);

    /// <summary>A webhook event for every endpoint that takes <paramref name="type"/>, sent after the change commits.</summary>
    public Task NotifyAsync(string type, object data, CancellationToken cancellationToken) =>
        _webhooks.EnqueueAsync(Db, type, data, cancellationToken);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        foreach (var message in _events)
        {
            await _outbox.PublishAsync(message);
        }
        // Saves the rows, commits the transaction with the envelopes in it, then hands the envelopes on.
        await _outbox.CommitOpenTransactionAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        _gate.Dispose();
    }
}
