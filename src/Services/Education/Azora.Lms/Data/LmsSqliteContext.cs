using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Data;

internal sealed class LmsSqliteContext(DbContextOptions<LmsSqliteContext> options) : LmsDbContext(options);
