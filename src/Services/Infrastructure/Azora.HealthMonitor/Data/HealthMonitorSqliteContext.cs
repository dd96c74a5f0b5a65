using Microsoft.EntityFrameworkCore;

namespace Azora.HealthMonitor.Data;

internal sealed class HealthMonitorSqliteContext(DbContextOptions<HealthMonitorSqliteContext> options) : HealthMonitorDbContext(options);
