using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Data;

internal sealed class EducationSqliteContext(DbContextOptions<EducationSqliteContext> options) : EducationDbContext(options);
