using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Data;

internal sealed class PricingSqliteContext(DbContextOptions<PricingSqliteContext> options) : PricingDbContext(options);
