using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Data;

internal sealed class AssessmentPostgresContext(DbContextOptions<AssessmentPostgresContext> options) : AssessmentDbContext(options);
