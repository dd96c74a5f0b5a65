using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// How a connection waits when it finds the database file locked by another writer: SQLite calls this busy handler
/// (<c>sqlite3_busy_handler</c>, which SQLitePCLRaw does not wrap, so it is called in the bundled e_sqlite3 library
/// directly) and retries the lock each time it returns non-zero. The first retries only yield the thread, since the
/// writers it meets hold the lock for a single statement or a short transaction; later ones sleep a millisecond; after
/// the connection's default timeout it gives up and the statement fails with SQLITE_BUSY.
/// </summary>
internal static class SqliteBusyWait
{
    /// <summary>Retries that only yield the thread before the waiting sleeps.</summary>
    private const int YieldingRetries = 64;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int BusyHandler(IntPtr timeoutMilliseconds, int retries);

    /// <summary>Held for the life of the process: native connections keep calling it.</summary>
    private static readonly BusyHandler Handler = OnBusy;

    private static readonly IntPtr HandlerPointer = Marshal.GetFunctionPointerForDelegate(Handler);

    /// <summary>Makes <paramref name="connection"/> (open) wait for a locked file as long as its default timeout.</summary>
    public static void Install(SqliteConnection connection)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var timeout = connection.DefaultTimeout > 0 ? connection.DefaultTimeout * 1000 : int.MaxValue;
        var result = sqlite3_busy_handler(handle.DangerousGetHandle(), HandlerPointer, timeout);
        SqliteException.ThrowExceptionForRC(result, handle);
    }

    private static int OnBusy(IntPtr timeoutMilliseconds, int retries)
    {
        if (retries < YieldingRetries)
        {
            Thread.Yield();
            return 1;
        }
        if (retries - YieldingRetries >= (long)timeoutMilliseconds)
        {
            return 0;
        }
        Thread.Sleep(1);
        return 1;
    }

    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_busy_handler(IntPtr database, IntPtr handler, IntPtr timeoutMilliseconds);
}
