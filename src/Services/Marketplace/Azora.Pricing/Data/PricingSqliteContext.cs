using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Data;

internal sealed class PricingSqliteContext(DbContextOptions<PricingSqliteContext> options) : PricingDbContext(options)
{
    // SQLite has no date type; instants stored as UTC ticks order and compare exactly (expiries, periods).
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
