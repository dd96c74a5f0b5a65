using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Azora.Messaging.Tests;

/// <summary>The savepoints EF Core sets on one context, seen through its diagnostic events while this watch is open.</summary>
internal sealed class SavepointWatch : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly DbContext _context;
    private readonly List<IDisposable> _subscriptions = [];
    private int _created;
    private bool _disposed;

    public SavepointWatch(DbContext context)
    {
        _context = context;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public int Created => Volatile.Read(ref _created);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                if (!_disposed)
                {
                    _subscriptions.Add(listener.Subscribe(this));
                }
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> diagnostic)
    {
        if (diagnostic.Key == RelationalEventId.CreatingTransactionSavepoint.Name
            && diagnostic.Value is TransactionEventData data && ReferenceEquals(data.Context, _context))
        {
            Interlocked.Increment(ref _created);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _disposed = true;
            _subscriptions.ForEach(subscription => subscription.Dispose());
        }
    }
}
