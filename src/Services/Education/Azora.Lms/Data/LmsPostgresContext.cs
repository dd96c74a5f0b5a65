using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Data;

internal sealed class LmsPostgresContext(DbContextOptions<LmsPostgresContext> options) : LmsDbContext(options);
