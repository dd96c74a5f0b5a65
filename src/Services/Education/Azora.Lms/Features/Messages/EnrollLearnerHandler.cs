using Azora.Contracts.Lms;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Messaging;
using Wolverine;

namespace Azora.Lms.Features.Messages;

/// <summary>Another service (azora-education's program enrolment) enrols a learner, once per request.</summary>
public static class EnrollLearnerHandler
{
    public static Task Handle(EnrollLearner message, LearningInbox inbox, IMessageContext context, CancellationToken cancellationToken) =>
        inbox.EnrolRequestedAsync(message, InboxMark.For(context), cancellationToken);
}
