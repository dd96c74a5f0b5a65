using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// Group commit for work that each caller would otherwise commit alone: every item waits in a queue, and whoever holds
/// the turn commits every item waiting (in arrival order) as one group through the commit function, then answers each.
/// While one group waits for the database's writer the next one fills, so under load the items share a transaction,
/// a commit and a turn at the writer. A group that fails is committed again one item at a time, so an item that cannot
/// be committed fails alone and does not hold back the others. No item is answered before its group committed.
/// </summary>
/// <typeparam name="TItem">What a caller asks to have committed.</typeparam>
/// <typeparam name="TAnswer">What each caller gets back once its item committed.</typeparam>
/// <param name="commit">
/// Commits a group in one transaction and returns an answer for each item, in the group's order; it stores nothing of
/// the group unless it stores all of it.
/// </param>
/// <param name="logger">Where a group's failure is logged before its items are committed one at a time.</param>
public sealed class GroupCommit<TItem, TAnswer>(
    Func<IReadOnlyList<TItem>, CancellationToken, Task<IReadOnlyList<TAnswer>>> commit, ILogger logger) : IDisposable
{
    private static readonly Action<ILogger, int, Exception?> LogGroupFailed = LoggerMessage.Define<int>(
        LogLevel.Warning, new EventId(1, "GroupCommitFailed"), "A group of {Count} failed to commit; each of its items is committed on its own instead.");

    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly ConcurrentQueue<Pending> _waiting = new();

    /// <summary>Items waiting for a turn.</summary>
    public int Waiting => _waiting.Count;

    /// <summary>Whether a turn is being taken: items that arrive now wait for the next.</summary>
    public bool Busy => _turn.CurrentCount == 0;

    /// <summary>Commits <paramref name="item"/> in the next group and answers once that group committed.</summary>
    public async Task<TAnswer> CommitAsync(TItem item, CancellationToken cancellationToken)
    {
        var pending = new Pending(item);
        _waiting.Enqueue(pending);
        await _turn.WaitAsync(cancellationToken);
        try
        {
            // An earlier turn may have taken this item with the others that were waiting.
            if (!pending.Answer.Task.IsCompleted)
            {
                await CommitWaitingAsync(cancellationToken);
            }
        }
        finally
        {
            _turn.Release();
        }
        return await pending.Answer.Task;
    }

    private async Task CommitWaitingAsync(CancellationToken cancellationToken)
    {
        var group = new List<Pending>();
        while (_waiting.TryDequeue(out var next))
        {
            group.Add(next);
        }
        if (group.Count > 1 && await TryCommitAsync(group, cancellationToken))
        {
            return;
        }
        foreach (var pending in group)
        {
            await TryCommitAsync([pending], cancellationToken);
        }
    }

    /// <summary>Commits the group and answers each item; false when it failed (then a lone item is answered with the failure).</summary>
    private async Task<bool> TryCommitAsync(IReadOnlyList<Pending> group, CancellationToken cancellationToken)
    {
        try
        {
            var answers = await commit([.. group.Select(p => p.Item)], cancellationToken);
            for (var i = 0; i < group.Count; i++)
            {
                group[i].Answer.TrySetResult(answers[i]);
            }
            return true;
        }
        catch (Exception failure) when (group.Count == 1)
        {
            group[0].Answer.TrySetException(failure);
            return false;
        }
        catch (Exception failure)
        {
            LogGroupFailed(logger, group.Count, failure);
            return false;
        }
    }

    public void Dispose() => _turn.Dispose();

    /// <summary>An item waiting for a turn to commit it, and the answer its caller awaits.</summary>
    private sealed record Pending(TItem Item)
    {
        public TaskCompletionSource<TAnswer> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
