using Azora.Contracts.Assessment;
using Azora.Contracts.Lms;
using Azora.ServiceDefaults.Messaging;
using Wolverine;

namespace Azora.PaymentService.Rewards;

/// <summary>
/// Learn-to-earn: AZR for a lesson completed (once per learner and lesson), a passed quiz attempt (once per attempt,
/// whichever grade revision passes first) and a course completed (once per learner and course). Each message's claim is
/// granted by <see cref="RewardQueue"/> with the other claims waiting, in one transaction under the ledger's write gate,
/// with the message's inbox mark (<see cref="InboxMark"/>); its source key makes redelivery pay nothing.
/// </summary>
public static class LessonCompletedRewardHandler
{
    public static Task Handle(LessonCompleted message, RewardQueue rewards, IMessageContext context, CancellationToken cancellationToken) =>
        rewards.GrantAsync(new RewardClaim($"lesson-completed:{message.LearnerId:N}:{message.LessonId:N}", message.LearnerId,
            options => options.LessonCompleted, message.CompletedAt, InboxMark.For(context)), cancellationToken);
}

/// <summary>Rewards a passed attempt once, whichever revision of its grade passes; a failing grade earns nothing.</summary>
public static class AttemptGradedRewardHandler
{
    public static Task Handle(AttemptGraded message, RewardQueue rewards, IMessageContext context, CancellationToken cancellationToken) =>
        message.Passed
            ? rewards.GrantAsync(new RewardClaim($"attempt-passed:{message.AttemptId:N}", message.LearnerId,
                options => options.AttemptPassed, message.GradedAt, InboxMark.For(context)), cancellationToken)
            : Task.CompletedTask;
}

public static class CourseCompletedRewardHandler
{
    public static Task Handle(CourseCompleted message, RewardQueue rewards, IMessageContext context, CancellationToken cancellationToken) =>
        rewards.GrantAsync(new RewardClaim($"course-completed:{message.LearnerId:N}:{message.CourseId:N}", message.LearnerId,
            options => options.CourseCompleted, message.CompletedAt, InboxMark.For(context)), cancellationToken);
}
