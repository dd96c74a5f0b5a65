using Azora.ServiceDefaults.Persistence;

namespace Azora.AuditLoggingService.Data;

internal sealed class AuditSqliteFactory : SqliteDesignTimeFactory<AuditSqliteContext>;

internal sealed class AuditPostgresFactory : PostgresDesignTimeFactory<AuditPostgresContext>;
