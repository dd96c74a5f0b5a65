using Azora.ServiceDefaults.Persistence;

namespace Azora.Content.Data;

internal sealed class ContentSqliteFactory : SqliteDesignTimeFactory<ContentSqliteContext>;

internal sealed class ContentPostgresFactory : PostgresDesignTimeFactory<ContentPostgresContext>;
