using Azora.Contracts.Lms;
using Wolverine.Runtime.Handlers;

namespace Azora.Education.Features.Progress;

/// <summary>Starts a learner's progress in a course when azora-lms enrols them.</summary>
public static class LearnerEnrolledHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryOnDuplicateKey();

    public static Task Handle(LearnerEnrolled message, ProgressProjection progress, CancellationToken cancellationToken) =>
        progress.EnrolledAsync(message, cancellationToken);
}

/// <summary>Counts a lesson a learner completed, once.</summary>
public static class LessonCompletedHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryOnDuplicateKey();

    public static Task Handle(LessonCompleted message, ProgressProjection progress, CancellationToken cancellationToken) =>
        progress.LessonCompletedAsync(message, cancellationToken);
}

/// <summary>Marks a course completed and completes the learner's programs that it finishes, once each.</summary>
public static class CourseCompletedHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryOnDuplicateKey();

    public static Task Handle(CourseCompleted message, ProgressProjection progress, CancellationToken cancellationToken) =>
        progress.CourseCompletedAsync(message, cancellationToken);
}
