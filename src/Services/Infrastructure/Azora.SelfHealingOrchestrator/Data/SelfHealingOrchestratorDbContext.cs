using Azora.SelfHealingOrchestrator.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.SelfHealingOrchestrator.Data;

/// <summary>self-healing-orchestrator's tables: the supervised instances and their history. The provider-specific subclasses carry the migrations.</summary>
internal class SelfHealingOrchestratorDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<SupervisedProcess> Processes => Set<SupervisedProcess>();
    public DbSet<ProcessEvent> ProcessEvents => Set<ProcessEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SupervisedProcess>(process =>
        {
            process.ToTable("processes");
            process.HasKey(p => p.InstanceId);
            process.Property(p => p.InstanceId).HasMaxLength(SupervisedProcess.IdMaxLength);
            process.Property(p => p.ServiceId).HasMaxLength(SupervisedProcess.IdMaxLength);
            process.Property(p => p.Address).HasMaxLength(200);
            process.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
            process.Property(p => p.Detail).HasMaxLength(SupervisedProcess.DetailMaxLength);
            process.HasIndex(p => p.ServiceId);
        });
        modelBuilder.Entity<ProcessEvent>(entry =>
        {
            entry.ToTable("process_events");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.InstanceId).HasMaxLength(SupervisedProcess.IdMaxLength);
            entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.Detail).HasMaxLength(SupervisedProcess.DetailMaxLength);
            entry.HasIndex(e => new { e.InstanceId, e.Id });
        });
    }
}
