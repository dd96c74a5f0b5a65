using Azora.Contracts.Assessment;
using Azora.Contracts.Lms;
using Azora.Contracts.Payments;
using Azora.Lms.Domain;
using Azora.ServiceDefaults.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Azora.Lms.Learning;

/// <summary>
/// What azora-lms does with messages from other services. Each message is handled in its own scope and committed with
/// its events and its inbox mark (<see cref="InboxMark"/>) through <see cref="LmsOutbox"/>; a message already handled
/// (the same order, request, or attempt grading) changes nothing, and a commit that lost a race to a concurrent one is
/// tried again against the new state.
/// </summary>
/// <remarks>Public only because Wolverine's generated handler code injects it; its members are internal.</remarks>
public sealed partial class LearningInbox(IServiceScopeFactory scopes, TimeProvider clock, ILogger<LearningInbox> logger)
{
    private const int MaxAttempts = 5;

    /// <summary>A paid order enrols the buyer, once per order.</summary>
    internal Task EnrolPurchaserAsync(CoursePurchased purchased, InboxMark? handled, CancellationToken cancellationToken) =>
        RunAsync(async (recorder, ct) =>
        {
            if (!await recorder.Db.TryRecordFirstDeliveryAsync(purchased.OrderId, nameof(CoursePurchased), clock, ct))
            {
                return;
            }
            await EnrolAsync(recorder, purchased.CourseId, purchased.LearnerId, EnrollmentSource.Purchase, ct, purchased.OrderId);
        }, handled, cancellationToken);

    /// <summary>A refunded order ends the enrolment it paid for, once per order.</summary>
    internal Task EndRefundedEnrolmentAsync(CoursePurchaseRefunded refunded, InboxMark? handled, CancellationToken cancellationToken) =>
        RunAsync(async (recorder, ct) =>
        {
            if (!await recorder.Db.TryRecordFirstDeliveryAsync(refunded.OrderId, nameof(CoursePurchaseRefunded), clock, ct))
            {
                return;
            }
            await recorder.EndRefundedEnrolmentAsync(refunded.OrderId, refunded.LearnerId, refunded.CourseId, ct);
        }, handled, cancellationToken);

    /// <summary>Another service's enrolment request, once per request id.</summary>
    internal Task EnrolRequestedAsync(EnrollLearner request, InboxMark? handled, CancellationToken cancellationToken) =>
        RunAsync(async (recorder, ct) =>
        {
            if (!await recorder.Db.TryRecordFirstDeliveryAsync(request.RequestId, nameof(EnrollLearner), clock, ct))
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

    private async Task RunAsync(Func<LearningRecorder, CancellationToken, Task> work, InboxMark? handled, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var recorder = scope.ServiceProvider.GetRequiredService<LearningRecorder>();
            await work(recorder, cancellationToken);
            if (await scope.ServiceProvider.GetRequiredService<LmsOutbox>().TryCommitHandledAsync(handled, cancellationToken))
            {
                return;
            }
            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"The message could not be committed after {MaxAttempts} attempts; Wolverine will retry it.");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No course {CourseId} to enrol in ({Source}); the message is dropped.")]
    private partial void LogUnknownCourse(Guid courseId, EnrollmentSource source);
}
