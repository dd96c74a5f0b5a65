using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Azora.Education.Features;

internal static class HandlerRetries
{
    /// <summary>
    /// A projection write that lost a race to another copy of the same event (a duplicate key, a serialization failure
    /// or a busy database) retries, and then finds the row the winner wrote.
    /// </summary>
    public static void RetryOnDuplicateKey(this HandlerChain chain) =>
        chain.OnException(e => e is DbUpdateException or DbException)
            .RetryWithCooldown(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1));
}
