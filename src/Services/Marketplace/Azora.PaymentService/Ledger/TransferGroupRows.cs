using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Azora.PaymentService.Ledger;

/// <summary>
/// A group's rows on PostgreSQL, written set-based in one round trip inside the group's transaction: the new balances
/// of its locked accounts in one <c>UPDATE ... FROM unnest(...)</c> and its new transfers in one
/// <c>INSERT ... SELECT FROM unnest(...)</c>, each column sent as one array. The accounts and transfers are never
/// tracked by EF Core, whose change detection, identity map and command batching cost more CPU per group than the
/// database's own work. (On SQLite, where each statement runs in-process, the group writer saves through EF Core.)
/// </summary>
internal sealed class TransferGroupRows
{
    private static TransferGroupRows? _statements;

    private readonly string _sql;

    private TransferGroupRows(IModel model)
    {
        var account = Table(model, typeof(Account));
        var transfer = Table(model, typeof(Transfer));
        var transferColumns = string.Join(", ", TransferColumns.Select(c => $"\"{transfer.Column(c)}\""));
        _sql = $"UPDATE \"{account.Name}\" AS a SET \"{account.Column(nameof(Account.Balance))}\" = v.balance "
            + "FROM unnest(@account_ids, @balances) AS v(id, balance) "
            + $"WHERE a.\"{account.Column(nameof(Account.Id))}\" = v.id;\n"
            + $"INSERT INTO \"{transfer.Name}\" ({transferColumns}) "
            + "SELECT * FROM unnest(@ids, @debits, @credits, @amounts, @currencies, @references, @reverses, @created)";
    }

    private static readonly string[] TransferColumns =
    [
        nameof(Transfer.Id), nameof(Transfer.DebitAccountId), nameof(Transfer.CreditAccountId), nameof(Transfer.Amount),
        nameof(Transfer.Currency), nameof(Transfer.Reference), nameof(Transfer.Reverses), nameof(Transfer.CreatedAt),
    ];

    /// <summary>Sets each of <paramref name="accounts"/> to its balance and inserts <paramref name="transfers"/>, in the open transaction.</summary>
    public static Task WriteAsync(PaymentDbContext db, IReadOnlyCollection<Account> accounts, IReadOnlyList<Transfer> transfers,
        CancellationToken cancellationToken)
    {
        var statements = _statements ??= new TransferGroupRows(db.Model);
        return db.Database.ExecuteSqlRawAsync(statements._sql,
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
    }

    private static MappedTable Table(IModel model, Type entity)
    {
        var type = model.FindEntityType(entity)!;
        return new MappedTable(type, StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema()));
    }

    private sealed record MappedTable(IEntityType Type, StoreObjectIdentifier Table)
    {
        public string Name => Table.Name;

        public string Column(string property) => Type.FindProperty(property)!.GetColumnName(Table)!;
    }
}
