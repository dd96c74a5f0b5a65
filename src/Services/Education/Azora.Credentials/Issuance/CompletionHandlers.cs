using Azora.Contracts.Credentials;
using Azora.Contracts.Education;
using Azora.Contracts.Lms;

namespace Azora.Credentials.Issuance;

/// <summary>A learner completed a course: issue its credential (once, however often the event arrives).</summary>
public static class CourseCompletedHandler
{
    public static Task Handle(CourseCompleted message, CompletionInbox inbox, CancellationToken cancellationToken) =>
        inbox.CourseCompletedAsync(message, cancellationToken);
}

/// <summary>A learner completed a program: issue its credential (once, however often the event arrives).</summary>
public static class ProgramCompletedHandler
{
    public static Task Handle(ProgramCompleted message, CompletionInbox inbox, CancellationToken cancellationToken) =>
        inbox.ProgramCompletedAsync(message, cancellationToken);
}

/// <summary>Another service asked for a learner to be credentialed (e.g. a challenge won): issue it once.</summary>
public static class IssueCredentialHandler
{
    public static Task Handle(IssueCredential message, CompletionInbox inbox, CancellationToken cancellationToken) =>
        inbox.IssueRequestedAsync(message, cancellationToken);
}
