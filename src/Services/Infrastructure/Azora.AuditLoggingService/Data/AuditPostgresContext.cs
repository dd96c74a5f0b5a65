using Microsoft.EntityFrameworkCore;

namespace Azora.AuditLoggingService.Data;

internal sealed class AuditPostgresContext(DbContextOptions<AuditPostgresContext> options) : AuditDbContext(options);
