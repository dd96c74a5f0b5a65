using Azora.ServiceDefaults.Persistence;

namespace Azora.SessionService.Data;

internal sealed class SessionSqliteFactory : SqliteDesignTimeFactory<SessionSqliteContext>;

internal sealed class SessionPostgresFactory : PostgresDesignTimeFactory<SessionPostgresContext>;
