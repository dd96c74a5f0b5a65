using Azora.ServiceDefaults.Persistence;

namespace Azora.Pricing.Data;

internal sealed class PricingSqliteFactory : SqliteDesignTimeFactory<PricingSqliteContext>;

internal sealed class PricingPostgresFactory : PostgresDesignTimeFactory<PricingPostgresContext>;
