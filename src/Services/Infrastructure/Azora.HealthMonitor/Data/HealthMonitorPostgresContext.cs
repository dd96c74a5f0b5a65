using Microsoft.EntityFrameworkCore;

namespace Azora.HealthMonitor.Data;

internal sealed class HealthMonitorPostgresContext(DbContextOptions<HealthMonitorPostgresContext> options) : HealthMonitorDbContext(options);
