using Azora.SelfHealingOrchestrator.Data;
using Azora.SelfHealingOrchestrator.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Azora.SelfHealingOrchestrator.Supervision;

/// <summary>
/// Keeps each instance's state and history in the service's database, one transaction per change. The supervisor must
/// keep supervising while the database is down (restarting PostgreSQL is one of the things it lives through): a change
/// that cannot be stored is logged and the next one brings the state up to date.
/// </summary>
internal sealed class DatabaseSupervisionJournal(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DatabaseSupervisionJournal> logger) : ISupervisionJournal
{
    public async Task JoinAsync(ProcessSpec spec, Guid runId, CancellationToken cancellationToken)
    {
        await WriteAsync(spec.InstanceId, async db =>
        {
            var now = clock.GetUtcNow();
            if (await db.Processes.FindAsync([spec.InstanceId], cancellationToken) is { } known)
            {
                known.Rejoin(spec.Address.ToString(), runId, now);
            }
            else
            {
                db.Processes.Add(SupervisedProcess.Register(spec.InstanceId, spec.ServiceId, spec.Address.ToString(), runId, now));
            }
        }, cancellationToken);
    }

    public Task RecordAsync(SupervisionRecord record, CancellationToken cancellationToken) =>
        WriteAsync(record.InstanceId, async db =>
        {
            db.ProcessEvents.Add(ProcessEvent.Of(record.InstanceId, record.RunId, record.Kind, record.At, record.Pid, record.ExitCode, record.Detail));
            if (await db.Processes.FindAsync([record.InstanceId], cancellationToken) is not { } process)
            {
                return;
            }
            switch (record.Kind)
            {
                case ProcessEventKind.Started:
                    process.Started(record.Pid ?? 0, record.Restart, record.At);
                    break;
                case ProcessEventKind.Ready:
                    process.BecameReady(record.At);
                    break;
                case ProcessEventKind.Unready:
                    process.BecameUnready(record.Detail ?? "not ready", record.At);
                    break;
                case ProcessEventKind.Exited:
                case ProcessEventKind.StartFailed:
                    process.Exited(record.ExitCode, record.At);
                    break;
                case ProcessEventKind.RestartScheduled:
                    process.BackingOff(record.Detail ?? "restarting", record.At);
                    break;
                case ProcessEventKind.CrashLoop:
                    process.GaveUp(record.Detail ?? "crash loop", record.At);
                    break;
                case ProcessEventKind.Stopped:
                    process.Exited(record.ExitCode, record.At);
                    process.Stopped(record.At);
                    break;
            }
        }, cancellationToken);

    private async Task WriteAsync(string instanceId, Func<SelfHealingOrchestratorDbContext, Task> change, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SelfHealingOrchestratorDbContext>();
            await change(db);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception error) when (error is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            logger.LogWarning(error, "Could not record a change of {Instance} in the database; supervision goes on.", instanceId);
        }
    }
}
