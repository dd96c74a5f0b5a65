using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;

namespace Azora.SessionService.Server;

/// <summary>
/// Every hour, deletes what can no longer be used: tokens that are expired, redeemed or revoked and sessions that are
/// revoked or have no valid token left, once they are older than the longest token lifetime. Without it every sign-in
/// and every refresh would stay in the database for ever.
/// </summary>
internal sealed partial class SessionPruning(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SessionPruning> logger) : BackgroundService
{
    /// <summary>Kept as long as a refresh token lives, so a replayed token is still recognised as a reuse.</summary>
    public static readonly TimeSpan Retention = AuthorizationServer.RefreshTokenLifetime;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await PruneAsync(clock.GetUtcNow() - Retention, stoppingToken);
            }
            catch (Exception error) when (error is DbException or InvalidOperationException)
            {
                LogPruningFailed(logger, error);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task PruneAsync(DateTimeOffset threshold, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, cancellationToken);
        var sessions = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, cancellationToken);
        LogPruned(logger, tokens, sessions);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Tokens} tokens and {Sessions} sessions")]
    private static partial void LogPruned(ILogger logger, long tokens, long sessions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning tokens and sessions failed; trying again in an hour")]
    private static partial void LogPruningFailed(ILogger logger, Exception error);
}
