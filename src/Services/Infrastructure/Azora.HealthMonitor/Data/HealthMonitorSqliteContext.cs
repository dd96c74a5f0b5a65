using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Azora.HealthMonitor.Data;

internal sealed class HealthMonitorSqliteContext(DbContextOptions<HealthMonitorSqliteContext> options) : HealthMonitorDbContext(options)
{
    // SQLite has no date type; instants stored as UTC ticks order and compare exactly (history windows, pruning).
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
