using Azora.PaymentService.Domain;
using Azora.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Data;

/// <summary>payment-service's tables. The service injects this type; the provider-specific subclasses carry the migrations.</summary>
internal class PaymentDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Transfer> Transfers => Set<Transfer>();
    public DbSet<Hold> Holds => Set<Hold>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Account>(account =>
        {
            account.ToTable("accounts");
            account.HasKey(a => a.Id);
            account.Property(a => a.Id).ValueGeneratedNever();
            account.Property(a => a.Currency).HasMaxLength(3).IsFixedLength();
            account.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
            // One account per owner, kind and currency.
            account.HasIndex(a => new { a.OwnerId, a.Kind, a.Currency }).IsUnique();
        });

        modelBuilder.Entity<Transfer>(transfer =>
        {
            transfer.ToTable("transfers");
            transfer.HasKey(t => t.Id);
            transfer.Property(t => t.Id).ValueGeneratedNever();
            transfer.Property(t => t.Currency).HasMaxLength(3).IsFixedLength();
            transfer.Property(t => t.Reference).HasMaxLength(Transfer.ReferenceMaxLength);
            transfer.Ignore(t => t.Terms);
            transfer.HasOne<Account>().WithMany().HasForeignKey(t => t.DebitAccountId).OnDelete(DeleteBehavior.Restrict);
            transfer.HasOne<Account>().WithMany().HasForeignKey(t => t.CreditAccountId).OnDelete(DeleteBehavior.Restrict);
            // A transfer is corrected at most once.
            transfer.HasIndex(t => t.Reverses).IsUnique();
            transfer.HasIndex(t => new { t.DebitAccountId, t.CreatedAt });
            transfer.HasIndex(t => new { t.CreditAccountId, t.CreatedAt });
        });

        modelBuilder.Entity<Hold>(hold =>
        {
            hold.ToTable("holds");
            hold.HasKey(h => h.Id);
            hold.Property(h => h.Id).ValueGeneratedNever();
            hold.Property(h => h.Currency).HasMaxLength(3).IsFixedLength();
            hold.Property(h => h.Reference).HasMaxLength(Transfer.ReferenceMaxLength);
            hold.Property(h => h.State).HasConversion<string>().HasMaxLength(10);
            hold.Ignore(h => h.Terms);
            hold.HasOne<Account>().WithMany().HasForeignKey(h => h.DebitAccountId).OnDelete(DeleteBehavior.Restrict);
            hold.HasOne<Account>().WithMany().HasForeignKey(h => h.CreditAccountId).OnDelete(DeleteBehavior.Restrict);
            hold.HasIndex(h => h.TransferId).IsUnique();
            // The sweep finds pending holds whose time has passed.
            hold.HasIndex(h => new { h.State, h.ExpiresAt });
        });

        modelBuilder.MapIdempotencyRecords();
    }
}
