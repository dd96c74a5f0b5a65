using Azora.ServiceDefaults.Messaging;
using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Azora.Messaging.Tests.Ledger;

/// <summary>A test-only service's data, shaped like a real service's: a context with SQLite and PostgreSQL migrations.</summary>
public class LedgerContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<LedgerEntry> Entries => Set<LedgerEntry>();
    public DbSet<ReceivedCredit> ReceivedCredits => Set<ReceivedCredit>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LedgerEntry>(entry =>
        {
            entry.ToTable("entries");
            entry.Property(e => e.Account).HasMaxLength(100);
        });
        modelBuilder.Entity<ReceivedCredit>().ToTable("received_credits");
        modelBuilder.MapProcessedMessages();
    }
}

public sealed class SqliteLedgerContext(DbContextOptions<SqliteLedgerContext> options) : LedgerContext(options);

public sealed class PostgresLedgerContext(DbContextOptions<PostgresLedgerContext> options) : LedgerContext(options);

public sealed class SqliteLedgerFactory : SqliteDesignTimeFactory<SqliteLedgerContext>
{
    protected override string ServiceId => LedgerService.Id;
}

public sealed class PostgresLedgerFactory : PostgresDesignTimeFactory<PostgresLedgerContext>;

public sealed class LedgerEntry
{
    public Guid Id { get; set; }
    public required string Account { get; set; }
    public long Amount { get; set; }
}

/// <summary>What the ledger's own event handler wrote; one row per credit it handled.</summary>
public sealed class ReceivedCredit
{
    public Guid Id { get; set; }
    public Guid EntryId { get; set; }
}
