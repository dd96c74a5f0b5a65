using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Data;

internal sealed class EducationPostgresContext(DbContextOptions<EducationPostgresContext> options) : EducationDbContext(options);
