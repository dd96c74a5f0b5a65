using Azora.ServiceDefaults.Persistence;

namespace Azora.Education.Data;

internal sealed class EducationSqliteFactory : SqliteDesignTimeFactory<EducationSqliteContext>;

internal sealed class EducationPostgresFactory : PostgresDesignTimeFactory<EducationPostgresContext>;
