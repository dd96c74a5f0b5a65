using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Azora.Messaging.Tests;

/// <summary>
/// A SQLite context keeps each query's prepared statement on its open connection and runs it again with new parameters
/// (a scope's context keeps its connection open for the next scope: <see cref="PooledContextTests"/>).
/// </summary>
public sealed class SqliteStatementCacheTests : IAsyncLifetime
{
    private readonly SqliteTestDirectory _directory = new();
    private string ConnectionString => _directory.ConnectionString;

    public async Task InitializeAsync()
    {
        await using var notes = NewNotes();
        await notes.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        notes.Notes.AddRange(new Note { Id = 1, Text = "one" }, new Note { Id = 2, Text = "two" }, new Note { Id = 3, Text = "three" });
        await notes.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_query_run_again_reuses_its_prepared_statement_with_the_new_parameters()
    {
        await using var notes = NewNotes();
        var connection = await OpenWatchedAsync(notes);

        Assert.Equal("one", await TextOfAsync(notes, 1));
        var prepared = LiveStatements(connection);
        Assert.Equal("two", await TextOfAsync(notes, 2));
        Assert.Equal("three", await TextOfAsync(notes, 3));

        Assert.NotEmpty(prepared);
        Assert.Equal(prepared, LiveStatements(connection));
    }

    [Fact]
    public async Task A_connection_full_of_one_off_texts_still_keeps_the_next_query_prepared()
    {
        await using var notes = NewNotes();
        var connection = await OpenWatchedAsync(notes);
        for (var text = 0; text <= SqliteStatementCacheLimit; text++)
        {
            Assert.Equal(text, await notes.Database.SqlQueryRaw<int>(OneOffText(text)).SingleAsync());
        }

        var before = LiveStatements(connection);
        Assert.Equal("one", await TextOfAsync(notes, 1));
        var prepared = LiveStatements(connection);
        Assert.Equal("two", await TextOfAsync(notes, 2));

        Assert.NotEmpty(prepared.Except(before));
        Assert.Equal(prepared, LiveStatements(connection));
        Assert.True(prepared.Count <= SqliteStatementCacheLimit, $"{prepared.Count} statements kept on one connection.");
    }

    [Fact]
    public async Task A_connection_closed_and_opened_again_prepares_its_statements_afresh()
    {
        await using var notes = NewNotes();
        await notes.Database.OpenConnectionAsync();
        Assert.Equal("one", await TextOfAsync(notes, 1));
        await notes.Database.CloseConnectionAsync();
        // Another connection takes the native connection the first gave back to Microsoft.Data.Sqlite's pool.
        await using (var other = NewNotes())
        {
            Assert.Equal("two", await TextOfAsync(other, 2));
        }

        await notes.Database.OpenConnectionAsync();
        Assert.Equal("three", await TextOfAsync(notes, 3));
        notes.Notes.Add(new Note { Id = 4, Text = "four" });
        await notes.SaveChangesAsync();
        Assert.Equal("four", await TextOfAsync(notes, 4));
    }

    [Fact]
    public async Task The_same_query_run_while_its_reader_is_open_gets_a_command_of_its_own()
    {
        await using var notes = NewNotes();
        await notes.Database.OpenConnectionAsync();

        var pairs = new List<string>();
        await foreach (var note in notes.Notes.AsNoTracking().Where(n => n.Id > 0).OrderBy(n => n.Id).AsAsyncEnumerable())
        {
            var inner = await notes.Notes.AsNoTracking().Where(n => n.Id > note.Id).OrderBy(n => n.Id).Select(n => n.Text).ToListAsync();
            pairs.Add(note.Text + ":" + string.Join(',', inner));
        }

        Assert.Equal(["one:two,three", "two:three", "three:"], pairs);
    }

    /// <summary>The most SQL texts a connection keeps prepared (SqliteStatementCache.TextsPerConnection).</summary>
    private const int SqliteStatementCacheLimit = 128;

    /// <summary>A query whose text is its own: one text per number.</summary>
    private static string OneOffText(int number) => "SELECT " + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " AS Value";

    private static Task<string> TextOfAsync(NoteContext notes, int id) =>
        notes.Notes.AsNoTracking().Where(n => n.Id == id).Select(n => n.Text).SingleAsync();

    /// <summary>Opens the context's connection so that <see cref="LiveStatements"/> can list its statements.</summary>
    private static async Task<SqliteConnection> OpenWatchedAsync(NoteContext notes)
    {
        await notes.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)notes.Database.GetDbConnection();
        connection.Handle!.enable_sqlite3_next_stmt(true);
        return connection;
    }

    /// <summary>The statements prepared on the connection's native handle and not finalized.</summary>
    private static HashSet<IntPtr> LiveStatements(SqliteConnection connection)
    {
        var live = new HashSet<IntPtr>();
        for (var statement = raw.sqlite3_next_stmt(connection.Handle, null);
             statement is { IsInvalid: false };
             statement = raw.sqlite3_next_stmt(connection.Handle, statement))
        {
            live.Add(statement.DangerousGetHandle());
        }
        return live;
    }

    private CachedNoteContext NewNotes()
    {
        var options = new DbContextOptionsBuilder<CachedNoteContext>();
        options.UseLocation(new DatabaseLocation(DatabaseProvider.Sqlite, ConnectionString, "cache"));
        return new CachedNoteContext(options.Options);
    }
}

/// <summary>
/// A context of its own, so that its writes, counted by the write gate's meter under the context's name, are not taken
/// for those of <see cref="SqliteWriteGateTests"/>, which run at the same time.
/// </summary>
public sealed class CachedNoteContext(DbContextOptions<CachedNoteContext> options) : NoteContext(options);
