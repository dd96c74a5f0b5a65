using Azora.Contracts.Lms;
using Azora.Lms.Learning;

namespace Azora.Lms.Features.Messages;

/// <summary>Another service (azora-education's program enrolment) enrols a learner, once per request.</summary>
public static class EnrollLearnerHandler
{
    public static Task Handle(EnrollLearner message, LearningInbox inbox, CancellationToken cancellationToken) =>
        inbox.EnrolRequestedAsync(message, cancellationToken);
}
