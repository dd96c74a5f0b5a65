using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Data;

internal sealed class EducationSqliteContext(DbContextOptions<EducationSqliteContext> options) : EducationDbContext(options)
{
    // SQLite has no date type; instants stored as ticks compare and sort exactly.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
}
