using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.ServiceDefaults.Idempotency;

/// <summary>
/// A request's hold on its <c>Idempotency-Key</c> while it runs: the in-progress record's <see cref="IdempotencyRecord.CreatedAt"/>
/// is moved on every <see cref="RenewEvery"/>, on a context of its own (the request's is busy). A claim left unrenewed for
/// <see cref="AbandonedAfter"/> belongs to a request whose process died (killed, crashed, or cut off from the database), and
/// the next request with the same key and body takes it over instead of being refused with 409 until the key expires.
/// </summary>
public sealed class IdempotencyClaim : IAsyncDisposable
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(200);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    private IdempotencyClaim(Func<CancellationToken, Task> renew) => _renewing = RenewAsync(renew, _stop.Token);

    public static IdempotencyClaim Renew<TContext>(IServiceScopeFactory scopes, string caller, string key, TimeProvider clock) where TContext : DbContext =>
        new(async cancellationToken =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var now = clock.GetUtcNow();
            await db.Set<IdempotencyRecord>()
                .Where(r => r.Caller == caller && r.Key == key && r.StatusCode == 0)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.CreatedAt, now), cancellationToken);
        });

    private static async Task RenewAsync(Func<CancellationToken, Task> renew, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(RenewEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    await renew(stop);
                }
                catch (Exception error) when (error is DbException or InvalidOperationException or TimeoutException && !stop.IsCancellationRequested)
                {
                    // The database is away for the moment: the request itself will fail or finish; the next tick tries again.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The request is done.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        _stop.Dispose();
    }
}
