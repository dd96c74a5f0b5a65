using Azora.PaymentService.Domain.Rewards;
using Azora.ServiceDefaults.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Azora.PaymentService.Rewards;

/// <summary>
/// Grants the claims waiting together, by group commit (<see cref="GroupCommit{TItem, TAnswer}"/>): one scope and one
/// transaction through <see cref="RewardGranter"/> for every claim waiting, so that under load the claims share a
/// commit, one turn at the ledger's write gate and the inbox marks' write instead of taking a turn each.
/// </summary>
/// <remarks>Public only because Wolverine's generated handler code injects it; its members are internal.</remarks>
public sealed class RewardQueue : IDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly GroupCommit<RewardClaim, RewardGrant?> _claims;

    public RewardQueue(IServiceScopeFactory scopes, ILogger<RewardQueue> logger)
    {
        _scopes = scopes;
        _claims = new GroupCommit<RewardClaim, RewardGrant?>(GrantAsync, logger);
    }

    /// <summary>Claims waiting for a turn.</summary>
    internal int Waiting => _claims.Waiting;

    /// <summary>Whether a group is being granted: claims that arrive now wait for the next.</summary>
    internal bool Busy => _claims.Busy;

    /// <summary>The grant for the claim's source key, made now if there was none; null when the event earns nothing.</summary>
    internal Task<RewardGrant?> GrantAsync(RewardClaim claim, CancellationToken cancellationToken) =>
        _claims.CommitAsync(claim, cancellationToken);

    private async Task<IReadOnlyList<RewardGrant?>> GrantAsync(IReadOnlyList<RewardClaim> claims, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RewardGranter>().GrantAsync(claims, cancellationToken);
    }

    public void Dispose() => _claims.Dispose();
}
