using Azora.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Azora.Testing;

/// <summary>The state an <c>Idempotency-Key</c> is left in when its request's process dies.</summary>
public static class IdempotencyClaims
{
    /// <summary>
    /// As if the process had died after the request's effect committed and before its response was stored: the key's
    /// record is in progress again and the clock has passed <see cref="IdempotencyClaim.AbandonedAfter"/>, so the next
    /// identical request takes the claim over and runs the handler again.
    /// </summary>
    public static async Task AbandonAsync<TContext>(TestPlatform platform, string key, FakeTimeProvider clock) where TContext : DbContext
    {
        await using var scope = platform.App.Services.CreateAsyncScope();
        var reopened = await scope.ServiceProvider.GetRequiredService<TContext>().Set<IdempotencyRecord>().Where(r => r.Key == key)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.StatusCode, 0).SetProperty(r => r.Body, (string?)null));
        Assert.Equal(1, reopened);
        clock.Advance(IdempotencyClaim.AbandonedAfter + TimeSpan.FromSeconds(1));
    }
}
