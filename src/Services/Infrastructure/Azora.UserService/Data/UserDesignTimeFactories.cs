using Azora.ServiceDefaults.Persistence;

namespace Azora.UserService.Data;

internal sealed class UserSqliteFactory : SqliteDesignTimeFactory<UserSqliteContext>;

internal sealed class UserPostgresFactory : PostgresDesignTimeFactory<UserPostgresContext>;
