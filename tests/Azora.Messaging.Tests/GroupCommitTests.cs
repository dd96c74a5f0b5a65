using Azora.ServiceDefaults.Persistence;
using Microsoft.Extensions.Logging.Abstractions;

namespace Azora.Messaging.Tests;

/// <summary>
/// <see cref="GroupCommit{TItem, TAnswer}"/>: the items that wait while a group commits are committed together next,
/// each caller gets its own answer, and an item that cannot be committed fails alone.
/// </summary>
public sealed class GroupCommitTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly List<int[]> _groups = [];
    private readonly TaskCompletionSource _firstGroupMayCommit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly GroupCommit<int, string> _commit;

    public GroupCommitTests() => _commit = new GroupCommit<int, string>(CommitAsync, NullLogger.Instance);

    /// <summary>Holds the first group until the test lets it go; refuses any group that holds a negative item.</summary>
    private async Task<IReadOnlyList<string>> CommitAsync(IReadOnlyList<int> items, CancellationToken cancellationToken)
    {
        lock (_groups)
        {
            _groups.Add([.. items]);
        }
        await _firstGroupMayCommit.Task.WaitAsync(Deadline, cancellationToken);
        return items.Any(i => i < 0) ? throw new InvalidOperationException("negative") : [.. items.Select(i => $"#{i}")];
    }

    /// <summary>Starts the first item, which takes the turn and is held; then the others, which wait behind it.</summary>
    private async Task<Task<string>[]> CommitBehindAHeldGroupAsync(params int[] items)
    {
        var first = _commit.CommitAsync(0, CancellationToken.None);
        await WaitUntilAsync(() => _commit.Busy);
        var rest = items.Select(i => _commit.CommitAsync(i, CancellationToken.None)).ToArray();
        await WaitUntilAsync(() => _commit.Waiting == items.Length);
        _firstGroupMayCommit.SetResult();
        Assert.Equal("#0", await first.WaitAsync(Deadline));
        await Task.WhenAll(rest).WaitAsync(Deadline).ContinueWith(_ => { }, TaskScheduler.Default);
        return rest;
    }

    [Fact]
    public async Task Items_that_wait_while_a_group_commits_are_committed_together_and_each_gets_its_own_answer()
    {
        var rest = await CommitBehindAHeldGroupAsync(1, 2, 3);

        Assert.Equal(["#1", "#2", "#3"], await Task.WhenAll(rest));
        Assert.Equal([[0], [1, 2, 3]], _groups);
    }

    [Fact]
    public async Task A_group_that_fails_is_committed_again_item_by_item_and_only_the_bad_item_fails()
    {
        var rest = await CommitBehindAHeldGroupAsync(1, -2, 3);

        Assert.Equal("#1", await rest[0]);
        Assert.Equal("negative", (await Assert.ThrowsAsync<InvalidOperationException>(() => rest[1])).Message);
        Assert.Equal("#3", await rest[2]);
        Assert.Equal([[0], [1, -2, 3], [1], [-2], [3]], _groups);
    }

    [Fact]
    public async Task A_lone_item_that_fails_gets_its_own_failure_and_the_next_one_is_committed()
    {
        _firstGroupMayCommit.SetResult();

        await Assert.ThrowsAsync<InvalidOperationException>(() => _commit.CommitAsync(-1, CancellationToken.None));

        Assert.Equal("#4", await _commit.CommitAsync(4, CancellationToken.None));
        Assert.Equal([[-1], [4]], _groups);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Deadline);
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    public void Dispose() => _commit.Dispose();
}
