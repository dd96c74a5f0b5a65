using Azora.ServiceDefaults.Persistence;

namespace Azora.Lms.Data;

internal sealed class LmsSqliteFactory : SqliteDesignTimeFactory<LmsSqliteContext>;

internal sealed class LmsPostgresFactory : PostgresDesignTimeFactory<LmsPostgresContext>;
