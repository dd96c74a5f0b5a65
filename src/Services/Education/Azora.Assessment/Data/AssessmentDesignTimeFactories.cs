using Azora.ServiceDefaults.Persistence;

namespace Azora.Assessment.Data;

internal sealed class AssessmentSqliteFactory : SqliteDesignTimeFactory<AssessmentSqliteContext>;

internal sealed class AssessmentPostgresFactory : PostgresDesignTimeFactory<AssessmentPostgresContext>;
