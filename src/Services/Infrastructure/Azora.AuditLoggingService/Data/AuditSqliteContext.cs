using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Azora.AuditLoggingService.Data;

internal sealed class AuditSqliteContext(DbContextOptions<AuditSqliteContext> options) : AuditDbContext(options)
{
    // SQLite has no date type and cannot compare or order DateTimeOffset text; as UTC ticks it can, losing nothing.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
}
