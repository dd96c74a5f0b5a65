using Azora.HealthMonitor.Domain;
using Azora.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Azora.HealthMonitor.Data;

/// <summary>health-monitor's tables. The service injects this type; the provider-specific subclasses carry the migrations.</summary>
internal class HealthMonitorDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ProbeResult> Probes => Set<ProbeResult>();
    public DbSet<ServicePoll> ServicePolls => Set<ServicePoll>();
    public DbSet<HourlyUptime> HourlyUptimes => Set<HourlyUptime>();
    public DbSet<ServiceHealth> ServiceHealth => Set<ServiceHealth>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<IncidentUpdate> IncidentUpdates => Set<IncidentUpdate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.MapIdempotencyRecords();

        modelBuilder.Entity<ProbeResult>(probe =>
        {
            probe.ToTable("probe_results");
            probe.HasKey(p => p.Id);
            probe.Property(p => p.Id).ValueGeneratedNever();
            probe.Property(p => p.ServiceId).HasMaxLength(ProbeResult.ServiceIdMaxLength);
            probe.Property(p => p.Instance).HasMaxLength(ProbeResult.InstanceMaxLength);
            probe.Property(p => p.Error).HasMaxLength(ProbeResult.ErrorMaxLength);
            probe.HasIndex(p => new { p.ServiceId, p.PolledAt, p.Id });
            probe.HasIndex(p => p.PolledAt);
        });

        modelBuilder.Entity<ServicePoll>(poll =>
        {
            poll.ToTable("service_polls");
            poll.HasKey(p => new { p.ServiceId, p.PolledAt });
            poll.Property(p => p.ServiceId).HasMaxLength(ProbeResult.ServiceIdMaxLength);
            poll.HasIndex(p => p.PolledAt);
        });

        modelBuilder.Entity<HourlyUptime>(hour =>
        {
            hour.ToTable("hourly_uptime");
            hour.HasKey(h => new { h.ServiceId, h.Hour });
            hour.Property(h => h.ServiceId).HasMaxLength(ProbeResult.ServiceIdMaxLength);
            hour.HasIndex(h => h.Hour);
        });

        modelBuilder.Entity<ServiceHealth>(health =>
        {
            health.ToTable("service_health");
            health.HasKey(h => h.ServiceId);
            health.Property(h => h.ServiceId).HasMaxLength(ProbeResult.ServiceIdMaxLength);
            health.Property(h => h.State).HasConversion<string>().HasMaxLength(20);
            health.Ignore(h => h.Failed);
        });

        modelBuilder.Entity<Incident>(incident =>
        {
            incident.ToTable("incidents");
            incident.HasKey(i => i.Id);
            incident.Property(i => i.Id).ValueGeneratedNever();
            incident.Property(i => i.ServiceId).HasMaxLength(ProbeResult.ServiceIdMaxLength);
            incident.Property(i => i.Severity).HasConversion<string>().HasMaxLength(20);
            incident.Ignore(i => i.IsOpen);
            incident.HasMany(i => i.Updates).WithOne().HasForeignKey(u => u.IncidentId).OnDelete(DeleteBehavior.Cascade);
            incident.HasMany(i => i.Affected).WithOne().HasForeignKey(a => a.IncidentId).OnDelete(DeleteBehavior.Cascade);
            incident.Navigation(i => i.Updates).UsePropertyAccessMode(PropertyAccessMode.Field);
            incident.Navigation(i => i.Affected).UsePropertyAccessMode(PropertyAccessMode.Field);
            incident.HasIndex(i => new { i.ResolvedAt, i.Id });
            incident.HasIndex(i => new { i.ServiceId, i.ResolvedAt });
            // At most one open incident per service, whatever races: the same filter reads alike on SQLite and PostgreSQL.
            incident.HasIndex(i => i.ServiceId).IsUnique().HasFilter("\"ResolvedAt\" IS NULL").HasDatabaseName("IX_incidents_one_open_per_service");
        });

        modelBuilder.Entity<IncidentUpdate>(update =>
        {
            update.ToTable("incident_updates");
            update.HasKey(u => u.Id);
            update.Property(u => u.Id).ValueGeneratedNever();
            update.Property(u => u.Kind).HasConversion<string>().HasMaxLength(30);
            update.Property(u => u.Message).HasMaxLength(IncidentUpdate.MessageMaxLength);
            update.HasIndex(u => new { u.IncidentId, u.At });
        });

        modelBuilder.Entity<AffectedInstance>(affected =>
        {
            affected.ToTable("affected_instances");
            affected.HasKey(a => new { a.IncidentId, a.Instance });
            affected.Property(a => a.Instance).HasMaxLength(ProbeResult.InstanceMaxLength);
        });
    }
}
