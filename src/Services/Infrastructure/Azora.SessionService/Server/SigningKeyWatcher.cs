using System.Data.Common;
using Azora.SessionService.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Azora.SessionService.Server;

/// <summary>
/// When session-service runs as several replicas, a rotation or retirement made through one of them is picked up by the
/// others within a minute: each replica compares the published key ids in the database with the ones it loaded.
/// </summary>
internal sealed partial class SigningKeyWatcher(
    IServiceScopeFactory scopes, ServerKeyConfiguration server, TimeProvider clock, ILogger<SigningKeyWatcher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception error) when (error is DbException or InvalidOperationException)
            {
                LogCheckFailed(logger, error);
            }
        }
    }

    /// <summary>Reloads the server's keys if the database publishes other keys than the ones in use.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SessionDbContext>();
        var published = await db.SigningKeys.AsNoTracking().Where(k => k.RetiredAt == null).Select(k => k.KeyId).ToListAsync(cancellationToken);
        if (server.LoadedKeyIds is not { } loaded || loaded.SetEquals(published))
        {
            return false;
        }
        server.Reload();
        LogReloaded(logger, published.Count);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signing keys changed in the database; reloaded {Count} published keys")]
    private static partial void LogReloaded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the signing keys failed; trying again in a minute")]
    private static partial void LogCheckFailed(ILogger logger, Exception error);
}
