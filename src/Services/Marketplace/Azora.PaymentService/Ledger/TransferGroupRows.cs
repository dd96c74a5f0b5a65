using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Azora.PaymentService.Ledger;

/// <summary>
/// A group's rows on PostgreSQL, read and written set-based inside the group's transaction, two round trips in all.
/// <see cref="ReadAsync"/> sends one batch that reads the transfers the group names, the reversals of the originals it
/// names, and locks every account it touches <c>FOR UPDATE</c> in id order. <see cref="WriteAsync"/> sets the new
/// balances of the locked accounts in one <c>UPDATE ... FROM unnest(...)</c> and inserts the new transfers in one
/// <c>INSERT ... SELECT FROM unnest(...)</c>, each column sent as one array. The accounts and transfers are never
/// tracked by EF Core, whose query pipeline, change detection, identity map and command batching cost more CPU per
/// group than the database's own work. (On SQLite, where each statement runs in-process, the group writer reads and
/// saves through EF Core.) The SQL is built once from EF Core's model, so it follows the mapped table and column names.
/// </summary>
internal sealed class TransferGroupRows
{
    private static TransferGroupRows? _statements;

    private readonly string _readTransfers;
    private readonly string _readReversed;
    private readonly string _lockAccounts;
    private readonly string _write;

    private TransferGroupRows(IModel model)
    {
        var account = Table(model, typeof(Account));
        var transfer = Table(model, typeof(Transfer));
        var transferColumns = transfer.Columns(TransferColumns);
        _readTransfers = $"SELECT {transferColumns} FROM \"{transfer.Name}\" WHERE \"{transfer.Column(nameof(Transfer.Id))}\" = ANY($1)";
        _readReversed = $"SELECT \"{transfer.Column(nameof(Transfer.Reverses))}\" FROM \"{transfer.Name}\" "
            + $"WHERE \"{transfer.Column(nameof(Transfer.Reverses))}\" = ANY($1)";
        var accountId = account.Column(nameof(Account.Id));
        _lockAccounts = $"SELECT {account.Columns(AccountColumns)} FROM \"{account.Name}\" WHERE \"{accountId}\" = ANY($1) "
            + $"ORDER BY \"{accountId}\" FOR UPDATE";
        _write = $"UPDATE \"{account.Name}\" AS a SET \"{account.Column(nameof(Account.Balance))}\" = v.balance "
            + "FROM unnest(@account_ids, @balances) AS v(id, balance) "
            + $"WHERE a.\"{accountId}\" = v.id;\n"
            + $"INSERT INTO \"{transfer.Name}\" ({transferColumns}) "
            + "SELECT * FROM unnest(@ids, @debits, @credits, @amounts, @currencies, @references, @reverses, @created)";
    }

    private static readonly string[] TransferColumns =
    [
        nameof(Transfer.Id), nameof(Transfer.DebitAccountId), nameof(Transfer.CreditAccountId), nameof(Transfer.Amount),
        nameof(Transfer.Currency), nameof(Transfer.Reference), nameof(Transfer.Reverses), nameof(Transfer.CreatedAt),
    ];

    private static readonly string[] AccountColumns =
    [
        nameof(Account.Id), nameof(Account.OwnerId), nameof(Account.Currency), nameof(Account.Kind), nameof(Account.Guarded),
        nameof(Account.Balance), nameof(Account.Reserved), nameof(Account.CreatedAt),
    ];

    /// <summary>
    /// In one round trip of the open transaction: the stored transfers with the ids of <paramref name="transfers"/> or
    /// that they reverse, which of those originals are reversed already, and every account they touch, locked until the
    /// transaction ends.
    /// </summary>
    public static async Task<(KnownTransfers Known, Dictionary<Guid, Account> Locked)> ReadAsync(
        PaymentDbContext db, IReadOnlyList<TransferTerms> transfers, CancellationToken cancellationToken)
    {
        var statements = For(db);
        Guid[] originals = [.. transfers.Where(t => t.Reverses is not null).Select(t => t.Reverses!.Value).Distinct()];
        Guid[] transferIds = [.. transfers.Select(t => t.Id).Concat(originals)];
        Guid[] accountIds = [.. transfers.SelectMany(t => new[] { t.DebitAccountId, t.CreditAccountId }).Distinct()];

        await using var batch = new NpgsqlBatch(
            (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction());
        batch.BatchCommands.Add(Command(statements._readTransfers, transferIds));
        batch.BatchCommands.Add(Command(statements._readReversed, originals));
        batch.BatchCommands.Add(Command(statements._lockAccounts, accountIds));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);

        var stored = new List<Transfer>(transferIds.Length);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored.Add(Transfer.Restore(
                new TransferTerms(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetInt64(3), reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetGuid(6)),
                reader.GetFieldValue<DateTimeOffset>(7)));
        }
        await reader.NextResultAsync(cancellationToken);
        var reversed = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            reversed.Add(reader.GetGuid(0));
        }
        await reader.NextResultAsync(cancellationToken);
        var locked = new Dictionary<Guid, Account>(accountIds.Length);
        while (await reader.ReadAsync(cancellationToken))
        {
            var account = Account.Restore(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), Enum.Parse<AccountKind>(reader.GetString(3)),
                reader.GetBoolean(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetFieldValue<DateTimeOffset>(7));
            locked.Add(account.Id, account);
        }
        return (new KnownTransfers(stored, reversed), locked);
    }

    /// <summary>Sets each of <paramref name="accounts"/> to its balance and inserts <paramref name="transfers"/>, in the open transaction.</summary>
    public static Task WriteAsync(PaymentDbContext db, IReadOnlyCollection<Account> accounts, IReadOnlyList<Transfer> transfers,
        CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(For(db)._write,
        [
            new NpgsqlParameter<Guid[]>("account_ids", [.. accounts.Select(a => a.Id)]),
            new NpgsqlParameter<long[]>("balances", [.. accounts.Select(a => a.Balance)]),
            new NpgsqlParameter<Guid[]>("ids", [.. transfers.Select(t => t.Id)]),
            new NpgsqlParameter<Guid[]>("debits", [.. transfers.Select(t => t.DebitAccountId)]),
            new NpgsqlParameter<Guid[]>("credits", [.. transfers.Select(t => t.CreditAccountId)]),
            new NpgsqlParameter<long[]>("amounts", [.. transfers.Select(t => t.Amount)]),
            new NpgsqlParameter<string[]>("currencies", [.. transfers.Select(t => t.Currency)]),
            new NpgsqlParameter<string?[]>("references", [.. transfers.Select(t => t.Reference)]),
            new NpgsqlParameter<Guid?[]>("reverses", [.. transfers.Select(t => t.Reverses)]),
            new NpgsqlParameter<DateTimeOffset[]>("created", [.. transfers.Select(t => t.CreatedAt)]),
        ], cancellationToken);

    private static TransferGroupRows For(PaymentDbContext db) => _statements ??= new TransferGroupRows(db.Model);

    private static NpgsqlBatchCommand Command(string sql, Guid[] ids) => new(sql) { Parameters = { new NpgsqlParameter<Guid[]> { TypedValue = ids } } };

    private static MappedTable Table(IModel model, Type entity)
    {
        var type = model.FindEntityType(entity)!;
        return new MappedTable(type, StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema()));
    }

    private sealed record MappedTable(IEntityType Type, StoreObjectIdentifier Table)
    {
        public string Name => Table.Name;

        public string Column(string property) => Type.FindProperty(property)!.GetColumnName(Table)!;

        public string Columns(IEnumerable<string> properties) => string.Join(", ", properties.Select(p => $"\"{Column(p)}\""));
    }
}
