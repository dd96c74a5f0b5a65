using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Data;

internal sealed class LmsSqliteContext(DbContextOptions<LmsSqliteContext> options) : LmsDbContext(options)
{
    // SQLite has no date type; instants stored as UTC ticks order and compare exactly (due dates, extensions).
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
