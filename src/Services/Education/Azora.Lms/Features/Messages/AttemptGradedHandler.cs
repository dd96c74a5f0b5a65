using Azora.Contracts.Assessment;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Messaging;
using Wolverine;

namespace Azora.Lms.Features.Messages;

/// <summary>azora-assessment graded a quiz attempt: the gradebook keeps it, and a pass completes the quiz's lessons.</summary>
public static class AttemptGradedHandler
{
    public static Task Handle(AttemptGraded message, LearningInbox inbox, IMessageContext context, CancellationToken cancellationToken) =>
        inbox.RecordAttemptAsync(message, InboxMark.For(context), cancellationToken);
}
