using Microsoft.EntityFrameworkCore;

namespace Azora.SessionService.Data;

internal sealed class SessionSqliteContext(DbContextOptions<SessionSqliteContext> options) : SessionDbContext(options);

internal sealed class SessionPostgresContext(DbContextOptions<SessionPostgresContext> options) : SessionDbContext(options);
