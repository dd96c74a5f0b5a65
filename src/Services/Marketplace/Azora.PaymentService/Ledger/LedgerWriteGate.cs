using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Ledger;

/// <summary>
/// On SQLite, one writer at a time per database: queued here in the process instead of spinning on SQLITE_BUSY. On
/// PostgreSQL writers run side by side and the row locks of the conditional balance updates keep them apart.
/// </summary>
internal sealed class LedgerWriteGate : IDisposable
{
    private readonly SemaphoreSlim _sqliteWriter = new(1, 1);

    public async Task<IDisposable> EnterAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return Released.Instance;
        }
        await _sqliteWriter.WaitAsync(cancellationToken);
        return new Release(_sqliteWriter);
    }

    public void Dispose() => _sqliteWriter.Dispose();

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

    private sealed class Released : IDisposable
    {
        public static readonly Released Instance = new();

        public void Dispose()
        {
        }
    }
}
