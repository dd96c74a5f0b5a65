using Microsoft.EntityFrameworkCore;

namespace Azora.Assessment.Data;

internal sealed class AssessmentSqliteContext(DbContextOptions<AssessmentSqliteContext> options) : AssessmentDbContext(options);
