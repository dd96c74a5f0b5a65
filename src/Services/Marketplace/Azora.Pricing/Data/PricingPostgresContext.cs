using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Data;

internal sealed class PricingPostgresContext(DbContextOptions<PricingPostgresContext> options) : PricingDbContext(options);
