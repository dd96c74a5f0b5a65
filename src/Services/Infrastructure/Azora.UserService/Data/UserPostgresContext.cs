using Microsoft.EntityFrameworkCore;

namespace Azora.UserService.Data;

internal sealed class UserPostgresContext(DbContextOptions<UserPostgresContext> options) : UserDbContext(options);
