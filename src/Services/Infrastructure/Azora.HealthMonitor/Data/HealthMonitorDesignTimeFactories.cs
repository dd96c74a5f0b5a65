using Azora.ServiceDefaults.Persistence;

namespace Azora.HealthMonitor.Data;

internal sealed class HealthMonitorSqliteFactory : SqliteDesignTimeFactory<HealthMonitorSqliteContext>;

internal sealed class HealthMonitorPostgresFactory : PostgresDesignTimeFactory<HealthMonitorPostgresContext>;
