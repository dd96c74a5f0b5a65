using Azora.Contracts.Assessment;
using Azora.Contracts.Lms;
using Azora.ServiceDefaults.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Azora.PaymentService.Rewards;

/// <summary>
/// Learn-to-earn: AZR for a lesson completed (once per learner and lesson), a passed quiz attempt (once per attempt,
/// whichever grade revision passes first) and a course completed (once per learner and course). Each grant runs in a
/// scope and transaction of its own under the ledger's write gate, with the message's inbox mark (<see cref="InboxMark"/>),
/// and its source key makes redelivery pay nothing.
/// </summary>
public static class LessonCompletedRewardHandler
{
    public static Task Handle(LessonCompleted message, IServiceScopeFactory scopes, IMessageContext context, CancellationToken cancellationToken) =>
        RewardScope.GrantAsync(scopes, $"lesson-completed:{message.LearnerId:N}:{message.LessonId:N}", message.LearnerId,
            options => options.LessonCompleted, message.CompletedAt, InboxMark.For(context), cancellationToken);
}

/// <summary>Rewards a passed attempt once, whichever revision of its grade passes; a failing grade earns nothing.</summary>
public static class AttemptGradedRewardHandler
{
    public static Task Handle(AttemptGraded message, IServiceScopeFactory scopes, IMessageContext context, CancellationToken cancellationToken) =>
        message.Passed
            ? RewardScope.GrantAsync(scopes, $"attempt-passed:{message.AttemptId:N}", message.LearnerId,
                options => options.AttemptPassed, message.GradedAt, InboxMark.For(context), cancellationToken)
            : Task.CompletedTask;
}

public static class CourseCompletedRewardHandler
{
    public static Task Handle(CourseCompleted message, IServiceScopeFactory scopes, IMessageContext context, CancellationToken cancellationToken) =>
        RewardScope.GrantAsync(scopes, $"course-completed:{message.LearnerId:N}:{message.CourseId:N}", message.LearnerId,
            options => options.CourseCompleted, message.CompletedAt, InboxMark.For(context), cancellationToken);
}

internal static class RewardScope
{
    public static async Task GrantAsync(
        IServiceScopeFactory scopes, string sourceKey, Guid learnerId, Func<RewardOptions, long> amount, DateTimeOffset occurredAt,
        InboxMark? handled, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var earned = amount(scope.ServiceProvider.GetRequiredService<IOptions<RewardOptions>>().Value);
        await scope.ServiceProvider.GetRequiredService<RewardGranter>().GrantAsync(sourceKey, learnerId, earned, occurredAt, handled, cancellationToken);
    }
}
