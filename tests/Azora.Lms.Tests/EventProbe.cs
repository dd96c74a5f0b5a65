using System.Collections.Concurrent;
using Azora.Contracts.Audit;
using Azora.Contracts.Lms;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Azora.Lms.Tests;

/// <summary>Every event azora-lms published that reached the test subscriber, as the analytics or credentials service would receive it.</summary>
public sealed class ReceivedEvents
{
    public ConcurrentQueue<CoursePublished> Published { get; } = new();
    public ConcurrentQueue<CourseUnpublished> Unpublished { get; } = new();
    public ConcurrentQueue<LearnerEnrolled> Enrolled { get; } = new();
    public ConcurrentQueue<LessonCompleted> LessonsCompleted { get; } = new();
    public ConcurrentQueue<CourseCompleted> CoursesCompleted { get; } = new();
    public ConcurrentQueue<XapiStatementRecorded> Statements { get; } = new();
    public ConcurrentQueue<AuditEventRecorded> Audit { get; } = new();
}

/// <summary>Stands in for the services that subscribe to azora-lms's events; Wolverine finds it only in the test hosts.</summary>
public static class EventProbe
{
    public static void Subscribe(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ReceivedEvents>();
        builder.Services.ConfigureWolverine(options => options.Discovery.IncludeAssembly(typeof(EventProbe).Assembly));
    }
}

public static class CoursePublishedProbeHandler
{
    public static void Handle(CoursePublished message, ReceivedEvents received) => received.Published.Enqueue(message);
}

public static class CourseUnpublishedProbeHandler
{
    public static void Handle(CourseUnpublished message, ReceivedEvents received) => received.Unpublished.Enqueue(message);
}

public static class LearnerEnrolledProbeHandler
{
    public static void Handle(LearnerEnrolled message, ReceivedEvents received) => received.Enrolled.Enqueue(message);
}

public static class LessonCompletedProbeHandler
{
    public static void Handle(LessonCompleted message, ReceivedEvents received) => received.LessonsCompleted.Enqueue(message);
}

public static class CourseCompletedProbeHandler
{
    public static void Handle(CourseCompleted message, ReceivedEvents received) => received.CoursesCompleted.Enqueue(message);
}

public static class XapiStatementProbeHandler
{
    public static void Handle(XapiStatementRecorded message, ReceivedEvents received) => received.Statements.Enqueue(message);
}

public static class AuditEventProbeHandler
{
    public static void Handle(AuditEventRecorded message, ReceivedEvents received) => received.Audit.Enqueue(message);
}
