using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// A connection's command for one SQL text, handed to EF Core for one use at a time
/// (<see cref="SqliteStatementCache"/>): it runs as the command it stands for, and disposing it only ends the use,
/// keeping the command and its prepared statement for the next.
/// </summary>
internal sealed class ReusedSqliteCommand : DbCommand
{
    private readonly SqliteCommand _command;

    public ReusedSqliteCommand(SqliteCommand command)
    {
        _command = command;
        // Kept for the connection's life and disposed once per use, never finalized.
        GC.SuppressFinalize(this);
    }

    /// <summary>Whether EF Core holds it now (from <see cref="TryTake"/> to its disposal).</summary>
    public bool InUse { get; private set; }

    /// <summary>Starts a use in place of <paramref name="fresh"/>, with its parameters and settings; false while in use.</summary>
    public bool TryTake(SqliteCommand fresh)
    {
        if (InUse)
        {
            return false;
        }
        InUse = true;
        _command.Parameters.Clear();
        foreach (SqliteParameter parameter in fresh.Parameters)
        {
            _command.Parameters.Add(parameter);
        }
        fresh.Parameters.Clear();
        _command.Transaction = fresh.Transaction;
        _command.CommandTimeout = fresh.CommandTimeout;
        _command.CommandType = fresh.CommandType;
        return true;
    }

    [AllowNull]
    public override string CommandText
    {
        get => _command.CommandText;
        set => _command.CommandText = value;
    }

    public override int CommandTimeout
    {
        get => _command.CommandTimeout;
        set => _command.CommandTimeout = value;
    }

    public override CommandType CommandType
    {
        get => _command.CommandType;
        set => _command.CommandType = value;
    }

    public override bool DesignTimeVisible
    {
        get => _command.DesignTimeVisible;
        set => _command.DesignTimeVisible = value;
    }

    public override UpdateRowSource UpdatedRowSource
    {
        get => _command.UpdatedRowSource;
        set => _command.UpdatedRowSource = value;
    }

    protected override DbConnection? DbConnection
    {
        get => _command.Connection;
        set => _command.Connection = (SqliteConnection?)value;
    }

    protected override DbParameterCollection DbParameterCollection => _command.Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => _command.Transaction;
        set => _command.Transaction = (SqliteTransaction?)value;
    }

    public override void Cancel() => _command.Cancel();

    public override int ExecuteNonQuery() => _command.ExecuteNonQuery();

    public override object? ExecuteScalar() => _command.ExecuteScalar();

    public override void Prepare() => _command.Prepare();

    protected override DbParameter CreateDbParameter() => _command.CreateParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => _command.ExecuteReader(behavior);

    /// <summary>Disposes the command and its statement, for good: its connection closed.</summary>
    public void Drop() => _command.Dispose();

    /// <summary>Ends the use: the parameters go, the command and its statement stay.</summary>
    protected override void Dispose(bool disposing)
    {
        _command.Parameters.Clear();
        _command.Transaction = null;
        InUse = false;
    }
}
