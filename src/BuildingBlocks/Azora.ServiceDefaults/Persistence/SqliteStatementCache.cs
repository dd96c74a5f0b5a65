using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// Keeps each SQL text's prepared statement on its connection. EF Core creates a command for every execution and
/// disposes it after, and Microsoft.Data.Sqlite keeps a statement prepared only as long as its command, so SQLite
/// parsed and planned the same few statements again for every query and save. This interceptor hands EF Core, in place
/// of each new command, a <see cref="ReusedSqliteCommand"/> over the connection's own command for that text, which
/// keeps its prepared statement from one use to the next; the new command's parameters move to it.
/// </summary>
/// <remarks>
/// <para>Prepared statements live as long as their connection stays open: a scope's context keeps its connection open
/// from one lease to the next (<see cref="SqliteScopeConnection{TContext}"/>).</para>
/// <para>A command in use (its reader still open) is not handed out again; a second use of the same text meanwhile
/// gets a command of its own. A connection keeps at most <see cref="TextsPerConnection"/> texts; a new text past that
/// drops the ones not in use (SaveChanges' batches, whose text grows with the rows they write, would otherwise fill the
/// room for good).</para>
/// </remarks>
internal sealed class SqliteStatementCache : IDbCommandInterceptor
{
    public static readonly SqliteStatementCache Instance = new();

    /// <summary>The most texts kept prepared on one connection.</summary>
    public const int TextsPerConnection = 128;

    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, ReusedSqliteCommand>> Commands = [];

    /// <summary>
    /// A new connection's commands. Closing a connection disposes the commands made on it, and their statements would not
    /// outlive the native connection anyway, so they are all dropped when it closes.
    /// </summary>
    private static Dictionary<string, ReusedSqliteCommand> Track(SqliteConnection connection)
    {
        var commands = new Dictionary<string, ReusedSqliteCommand>(StringComparer.Ordinal);
        connection.StateChange += (_, change) =>
        {
            if (change.CurrentState != System.Data.ConnectionState.Open)
            {
                foreach (var command in commands.Values)
                {
                    command.Drop();
                }
                commands.Clear();
            }
        };
        return commands;
    }

    /// <summary>
    /// Makes room on a full connection by dropping every command not in use: the texts still used often are prepared
    /// again at their next use, and one-off texts (a batch of a size seen once) do not keep the room from them.
    /// </summary>
    private static void DropIdle(Dictionary<string, ReusedSqliteCommand> commands)
    {
        foreach (var (text, command) in commands)
        {
            if (!command.InUse)
            {
                command.Drop();
                commands.Remove(text);
            }
        }
    }

    public DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (result is not SqliteCommand fresh || fresh.Connection is not { } connection)
        {
            return result;
        }
        // A connection is used by one context, on one thread at a time, so its dictionary needs no lock.
        var commands = Commands.GetValue(connection, Track);
        if (!commands.TryGetValue(fresh.CommandText, out var reused))
        {
            if (commands.Count >= TextsPerConnection)
            {
                DropIdle(commands);
            }
            reused = new ReusedSqliteCommand(new SqliteCommand(fresh.CommandText, connection));
            commands.Add(fresh.CommandText, reused);
        }
        if (!reused.TryTake(fresh))
        {
            return result;
        }
        fresh.Dispose();
        return reused;
    }
}
