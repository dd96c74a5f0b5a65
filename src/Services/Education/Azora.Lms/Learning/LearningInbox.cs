using Azora.Contracts.Assessment;
using Azora.Contracts.Lms;
using Azora.Contracts.Payments;
using Azora.Lms.Domain;
using Azora.ServiceDefaults.Messaging;
using Azora.ServiceDefaults.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Azora.Lms.Learning;

/// <summary>
/// What azora-lms does with messages from other services. The messages waiting are handled together by group commit
/// (<see cref="GroupCommit{TItem, TAnswer}"/>): in one scope, on one <see cref="LearningRecorder"/>, and committed with
/// their events and their inbox marks (<see cref="InboxMark"/>) in one transaction through <see cref="LmsOutbox"/>. A
/// message already handled (the same order, request, or attempt grading) changes nothing, and a commit that lost a race
/// to a concurrent one is tried again against the new state.
/// </summary>
/// <remarks>Public only because Wolverine's generated handler code injects it; its members are internal.</remarks>
public sealed partial class LearningInbox : IDisposable
{
    private const int MaxAttempts = 5;

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<LearningInbox> _logger;
    private readonly GroupCommit<Handling, bool> _handlings;

    public LearningInbox(IServiceScopeFactory scopes, TimeProvider clock, ILogger<LearningInbox> logger)
    {
        _scopes = scopes;
        _clock = clock;
        _logger = logger;
        _handlings = new GroupCommit<Handling, bool>(HandleAsync, logger);
    }

    /// <summary>A paid order enrols the buyer, once per order.</summary>
    internal Task EnrolPurchaserAsync(CoursePurchased purchased, InboxMark? handled, CancellationToken cancellationToken) =>
        RunAsync(async (recorder, ct) =>
        {
            if (!await recorder.Db.TryRecordFirstDeliveryAsync(purchased.OrderId, nameof(CoursePurchased), _clock, ct))
            {
                return;
            }
            await EnrolAsync(recorder, purchased.CourseId, purchased.LearnerId, EnrollmentSource.Purchase, ct, purchased.OrderId);
        }, handled, cancellationToken);

    /// <summary>A refunded order ends the enrolment it paid for, once per order.</summary>
    internal Task EndRefundedEnrolmentAsync(CoursePurchaseRefunded refunded, InboxMark? handled, CancellationToken cancellationToken) =>
        RunAsync(async (recorder, ct) =>
        {
            if (!await recorder.Db.TryRecordFirstDeliveryAsync(refunded.OrderId, nameof(CoursePurchaseRefunded), _clock, ct))
            {
                return;
            }
            await recorder.EndRefundedEnrolmentAsync(refunded.OrderId, refunded.LearnerId, refunded.CourseId, ct);
        }, handled, cancellationToken);

    /// <summary>Another service's enrolment request, once per request id.</summary>
    internal Task EnrolRequestedAsync(EnrollLearner request, InboxMark? handled, CancellationToken cancellationToken) =>
        RunAsync(async (recorder, ct) =>
        {
            if (!await recorder.Db.TryRecordFirstDeliveryAsync(request.RequestId, nameof(EnrollLearner), _clock, ct))
            {
                return;
            }
            await EnrolAsync(recorder, request.CourseId, request.LearnerId, EnrollmentSource.Request, ct);
        }, handled, cancellationToken);

    /// <summary>A graded quiz attempt, once per attempt and grade revision.</summary>
    internal Task RecordAttemptAsync(AttemptGraded graded, InboxMark? handled, CancellationToken cancellationToken) =>
        RunAsync(async (recorder, ct) => await recorder.RecordAttemptAsync(graded, ct), handled, cancellationToken);

    private async Task EnrolAsync(
        LearningRecorder recorder, Guid courseId, Guid learnerId, EnrollmentSource source, CancellationToken cancellationToken, Guid? orderId = null)
    {
        var course = await CourseLoading.LoadAsync(recorder.Db, courseId, cancellationToken);
        if (course is null)
        {
            // Nothing to enrol in; the message is still marked handled so it is not retried for ever.
            LogUnknownCourse(courseId, source);
            return;
        }
        await recorder.EnrolAsync(course, learnerId, source, cancellationToken, orderId);
    }

    private Task RunAsync(Func<LearningRecorder, CancellationToken, Task> work, InboxMark? handled, CancellationToken cancellationToken) =>
        _handlings.CommitAsync(new Handling(work, handled), cancellationToken);

    private async Task<IReadOnlyList<bool>> HandleAsync(IReadOnlyList<Handling> group, CancellationToken cancellationToken)
    {
        var marks = group.Select(h => h.Handled).OfType<InboxMark>().ToList();
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = _scopes.CreateAsyncScope();
            var recorder = scope.ServiceProvider.GetRequiredService<LearningRecorder>();
            foreach (var handling in group)
            {
                await handling.Work(recorder, cancellationToken);
            }
            if (await scope.ServiceProvider.GetRequiredService<LmsOutbox>().TryCommitHandledAsync(marks, cancellationToken))
            {
                return [.. group.Select(_ => true)];
            }
            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"The messages could not be committed after {MaxAttempts} attempts; Wolverine will retry them.");
            }
        }
    }

    public void Dispose() => _handlings.Dispose();

    /// <summary>What a message asks of the recorder, and its inbox mark.</summary>
    private sealed record Handling(Func<LearningRecorder, CancellationToken, Task> Work, InboxMark? Handled);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No course {CourseId} to enrol in ({Source}); the message is dropped.")]
    private partial void LogUnknownCourse(Guid courseId, EnrollmentSource source);
}
