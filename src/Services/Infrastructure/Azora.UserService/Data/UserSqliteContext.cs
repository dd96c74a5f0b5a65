using Microsoft.EntityFrameworkCore;

namespace Azora.UserService.Data;

internal sealed class UserSqliteContext(DbContextOptions<UserSqliteContext> options) : UserDbContext(options);
