using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Ledger;

/// <summary>
/// How many ledger writers run at once. On SQLite, one writer at a time per database: queued here in the process
/// instead of spinning on SQLITE_BUSY. On PostgreSQL, up to <see cref="PostgresWriters"/> side by side, the row locks of
/// the conditional balance updates keeping them apart; each holds a pooled connection for its whole transaction
/// (waiting on row locks included), so the rest queue here rather than taking every connection of the pool, where
/// requests past its size would time out and fail.
/// </summary>
internal sealed class LedgerWriteGate : IDisposable
{
    /// <summary>Well under Npgsql's default pool of 100, so reads and the idempotency records always find a connection.</summary>
    public const int PostgresWriters = 32;

    private readonly SemaphoreSlim _sqliteWriter = new(1, 1);
    private readonly SemaphoreSlim _postgresWriters = new(PostgresWriters, PostgresWriters);

    public async Task<IDisposable> EnterAsync(DbContext db, CancellationToken cancellationToken)
    {
        var writers = db.Database.IsSqlite() ? _sqliteWriter : _postgresWriters;
        await writers.WaitAsync(cancellationToken);
        return new Release(writers);
    }

    public void Dispose()
    {
        _sqliteWriter.Dispose();
        _postgresWriters.Dispose();
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
