using Microsoft.EntityFrameworkCore;

namespace Azora.SelfHealingOrchestrator.Data;

internal sealed class SelfHealingOrchestratorPostgresContext(DbContextOptions<SelfHealingOrchestratorPostgresContext> options) : SelfHealingOrchestratorDbContext(options);
