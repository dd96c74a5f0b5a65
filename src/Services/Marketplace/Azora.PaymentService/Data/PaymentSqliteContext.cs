using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Data;

internal sealed class PaymentSqliteContext(DbContextOptions<PaymentSqliteContext> options) : PaymentDbContext(options)
{
    // SQLite cannot compare or order DateTimeOffset text; as UTC ticks it can, losing nothing.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
}
