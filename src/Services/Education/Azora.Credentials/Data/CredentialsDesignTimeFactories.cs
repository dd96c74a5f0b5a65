using Azora.ServiceDefaults.Persistence;

namespace Azora.Credentials.Data;

internal sealed class CredentialsSqliteFactory : SqliteDesignTimeFactory<CredentialsSqliteContext>;

internal sealed class CredentialsPostgresFactory : PostgresDesignTimeFactory<CredentialsPostgresContext>;
