using Microsoft.EntityFrameworkCore;

namespace Azora.SelfHealingOrchestrator.Data;

internal sealed class SelfHealingOrchestratorSqliteContext(DbContextOptions<SelfHealingOrchestratorSqliteContext> options) : SelfHealingOrchestratorDbContext(options);
