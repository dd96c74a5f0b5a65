using Azora.Contracts.Assessment;
using Azora.Contracts.Lms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Azora.PaymentService.Rewards;

/// <summary>
/// Learn-to-earn: AZR for a lesson completed (once per learner and lesson), a passed quiz attempt (once per attempt,
/// whichever grade revision passes first) and a course completed (once per learner and course). Each grant runs in a
/// scope and transaction of its own under the ledger's write gate, and its source key makes redelivery pay nothing.
/// </summary>
public static class LessonCompletedRewardHandler
{
    public static Task Handle(LessonCompleted message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        RewardScope.GrantAsync(scopes, $"lesson-completed:{message.LearnerId:N}:{message.LessonId:N}", message.LearnerId,
            options => options.LessonCompleted, message.CompletedAt, cancellationToken);
}

/// <summary>Rewards a passed attempt once, whichever revision of its grade passes; a failing grade earns nothing.</summary>
public static class AttemptGradedRewardHandler
{
    public static Task Handle(AttemptGraded message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        message.Passed
            ? RewardScope.GrantAsync(scopes, $"attempt-passed:{message.AttemptId:N}", message.LearnerId,
                options => options.AttemptPassed, message.GradedAt, cancellationToken)
            : Task.CompletedTask;
}

public static class CourseCompletedRewardHandler
{
    public static Task Handle(CourseCompleted message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        RewardScope.GrantAsync(scopes, $"course-completed:{message.LearnerId:N}:{message.CourseId:N}", message.LearnerId,
            options => options.CourseCompleted, message.CompletedAt, cancellationToken);
}

internal static class RewardScope
{
    public static async Task GrantAsync(
        IServiceScopeFactory scopes, string sourceKey, Guid learnerId, Func<RewardOptions, long> amount, DateTimeOffset occurredAt,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var earned = amount(scope.ServiceProvider.GetRequiredService<IOptions<RewardOptions>>().Value);
        await scope.ServiceProvider.GetRequiredService<RewardGranter>().GrantAsync(sourceKey, learnerId, earned, occurredAt, cancellationToken);
    }
}
