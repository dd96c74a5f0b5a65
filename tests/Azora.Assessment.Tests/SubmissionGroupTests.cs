using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.Assessment.Features.Grading;
using Azora.Contracts;
using Azora.Contracts.Assessment;
using Azora.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Assessment.Tests;

/// <summary>
/// Submissions committed in groups (<see cref="SubmissionQueue"/>): the writer is held inside one submission's commit
/// while the submissions under test queue up one by one, so that all of them go into the next group, in a known order.
/// </summary>
public sealed class SubmissionGroupTests : IAsyncLifetime
{
    private readonly TestTokens _tokens = new();
    private readonly CommitTrap _trap = new();
    private TestPlatform _platform = null!;
    private HttpClient _instructor = null!;
    private HttpClient _learner = null!;

    public async Task InitializeAsync()
    {
        _platform = await TestPlatform.StartAsync([AssessmentFixture.ServiceId], configure: builder =>
        {
            _tokens.Trust(builder);
            builder.Services.ConfigureDbContext<AssessmentSqliteContext>(options => options.AddInterceptors(_trap));
        });
        _instructor = Client(Roles.Instructor);
        _learner = Client(Roles.Learner);
    }

    public async Task DisposeAsync()
    {
        _trap.Release();
        _instructor.Dispose();
        _learner.Dispose();
        await _platform.DisposeAsync();
        _tokens.Dispose();
    }

    private SubmissionQueue Queue => _platform.App.Services.GetRequiredService<SubmissionQueue>();

    [Fact]
    public async Task Submissions_waiting_together_commit_in_one_transaction_each_graded_with_its_own_event()
    {
        var attempts = await AnsweredAttemptsAsync(4);

        var (statuses, events) = await SubmitBehindTheHeldWriterAsync(attempts[0], attempts.Skip(1));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal([[attempts[0]], [.. attempts.Skip(1)]], _trap.Committed);
        Assert.Equal(attempts.Order(), events.Select(e => e.AttemptId).Order());
        foreach (var attempt in attempts)
        {
            await AssertGradedAsync(attempt);
        }
    }

    [Fact]
    public async Task An_attempt_handed_in_twice_in_one_group_is_refused_once_and_the_others_commit()
    {
        var attempts = await AnsweredAttemptsAsync(4);

        var (statuses, events) = await SubmitBehindTheHeldWriterAsync(attempts[0], [attempts[1], attempts[2], attempts[1], attempts[3]]);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.OK], statuses);
        // The group failed whole and its submissions were committed one at a time: the second of the same attempt found
        // it changed by the first.
        Assert.Equal([[attempts[0]], [attempts[1]], [attempts[2]], [attempts[3]]], _trap.Committed);
        Assert.Equal(attempts.Order(), events.Select(e => e.AttemptId).Distinct().Order());
        foreach (var attempt in attempts)
        {
            await AssertGradedAsync(attempt);
        }
    }

    private HttpClient Client(string role)
    {
        var client = _platform.Client(AssessmentFixture.ServiceId);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.ForAccount(Guid.CreateVersion7(), role));
        return client;
    }

    /// <summary>Attempts at quizzes of one single-choice question (2 points), each answered correctly and not handed in.</summary>
    private async Task<List<Guid>> AnsweredAttemptsAsync(int count)
    {
        var question = await Authoring.CreateQuestionIdAsync(_instructor, Authoring.SingleChoice());
        var attempts = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var attempt = (await Authoring.StartAsync(_learner, await Authoring.CreateQuizIdAsync(_instructor, [question]))).Id();
            await Authoring.AnswerAsync(_learner, attempt, new { position = 1, choices = new[] { "B" } });
            attempts.Add(attempt);
        }
        return attempts;
    }

    /// <summary>
    /// Submits <paramref name="held"/> and holds the writer inside its commit, queues the <paramref name="queued"/> ones
    /// behind it one by one, then lets it go: the statuses in that order, and the events published meanwhile.
    /// </summary>
    private async Task<(IReadOnlyList<HttpStatusCode> Statuses, IReadOnlyList<AttemptGraded> Events)> SubmitBehindTheHeldWriterAsync(
        Guid held, IEnumerable<Guid> queued)
    {
        IReadOnlyList<HttpStatusCode> statuses = [];
        var events = await PublishedEvents.DuringAsync<AttemptGraded>(_platform, async () =>
        {
            var first = await HoldTheWriterAsync(held);
            var waiting = new List<Task<HttpStatusCode>>();
            foreach (var attempt in queued)
            {
                waiting.Add(await EnqueueAsync(attempt));
            }
            _trap.Release();
            statuses = [await first, .. await Task.WhenAll(waiting)];
        });
        return (statuses, events);
    }

    /// <summary>Submits an attempt whose group's commit waits for <see cref="CommitTrap.Release"/>.</summary>
    private async Task<Task<HttpStatusCode>> HoldTheWriterAsync(Guid attempt)
    {
        _trap.HoldFor(attempt);
        var held = SubmitAsync(attempt);
        await _trap.Held.WaitAsync(TimeSpan.FromSeconds(30));
        return held;
    }

    /// <summary>Submits an attempt and waits until it is queued behind the ones before it.</summary>
    private async Task<Task<HttpStatusCode>> EnqueueAsync(Guid attempt)
    {
        var waiting = Queue.Waiting;
        var sent = SubmitAsync(attempt);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (Queue.Waiting != waiting + 1 && !sent.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the submission to be queued.");
            await Task.Delay(20);
        }
        Assert.False(sent.IsCompleted, "The submission was answered instead of queued.");
        return sent;
    }

    private async Task<HttpStatusCode> SubmitAsync(Guid attempt) =>
        (await _learner.PostAsync($"api/attempts/{attempt}/submit", null)).StatusCode;

    private async Task AssertGradedAsync(Guid attempt)
    {
        var read = JsonDocument.Parse(await _learner.GetStringAsync($"api/attempts/{attempt}")).RootElement;
        Assert.Equal(("graded", 2m), (read.GetProperty("state").GetString(), read.GetProperty("score").GetDecimal()));
    }

    /// <summary>
    /// Holds the commit of the transaction that saves the attempt given to <see cref="HoldFor"/> until released, and keeps
    /// the attempts of every transaction that commits, in the order they commit.
    /// </summary>
    private sealed class CommitTrap : DbTransactionInterceptor
    {
        private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Guid _holdFor;

        public Task Held => _held.Task;

        public ConcurrentQueue<Guid[]> Committed { get; } = new();

        public void HoldFor(Guid attempt) => _holdFor = attempt;

        public void Release() => _released.TrySetResult();

        public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context is AssessmentDbContext db
                && db.ChangeTracker.Entries<Attempt>().Where(a => a.Entity.State == AttemptState.Graded).Select(a => a.Entity.Id).ToArray() is { Length: > 0 } graded)
            {
                if (graded.Contains(_holdFor))
                {
                    _held.TrySetResult();
                    await _released.Task;
                }
                Committed.Enqueue(graded);
            }
            return result;
        }
    }
}
