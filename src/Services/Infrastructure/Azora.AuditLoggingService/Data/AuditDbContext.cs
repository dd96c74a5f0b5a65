using Azora.AuditLoggingService.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.AuditLoggingService.Data;

/// <summary>audit-logging-service's tables. The service injects this type; the provider-specific subclasses carry the migrations.</summary>
internal class AuditDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<AuditEntry> Entries => Set<AuditEntry>();
    public DbSet<SignedTreeHead> TreeHeads => Set<SignedTreeHead>();
    public DbSet<LogSigningKey> SigningKeys => Set<LogSigningKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("entries");
            entry.HasKey(e => e.LeafIndex);
            entry.Property(e => e.LeafIndex).ValueGeneratedNever();
            entry.HasIndex(e => e.Id).IsUnique();
            // Redelivered events find their entry here and are not appended twice.
            entry.HasIndex(e => e.EventId).IsUnique();
            entry.HasIndex(e => e.LeafHash);
            entry.Property(e => e.ActorId).HasMaxLength(AuditRecord.IdMaxLength);
            entry.Property(e => e.ActorKind).HasMaxLength(20);
            entry.Property(e => e.Action).HasMaxLength(AuditRecord.NameMaxLength);
            entry.Property(e => e.ResourceType).HasMaxLength(AuditRecord.NameMaxLength);
            entry.Property(e => e.ResourceId).HasMaxLength(AuditRecord.IdMaxLength);
            entry.Property(e => e.Outcome).HasMaxLength(20);
            entry.Property(e => e.SourceService).HasMaxLength(AuditRecord.NameMaxLength);
            entry.HasIndex(e => new { e.ActorId, e.LeafIndex });
            entry.HasIndex(e => new { e.Action, e.LeafIndex });
            entry.HasIndex(e => new { e.ResourceType, e.ResourceId, e.LeafIndex });
            entry.HasIndex(e => e.OccurredAt);
        });

        modelBuilder.Entity<SignedTreeHead>(head =>
        {
            head.ToTable("tree_heads");
            head.HasKey(h => h.Id);
            head.Property(h => h.Id).ValueGeneratedNever();
            head.Ignore(h => h.Head);
            head.HasIndex(h => h.TreeSize);
        });

        modelBuilder.Entity<LogSigningKey>(key =>
        {
            key.ToTable("signing_keys");
            key.HasKey(k => k.Slot);
            key.Property(k => k.Slot).ValueGeneratedNever();
        });
    }
}
