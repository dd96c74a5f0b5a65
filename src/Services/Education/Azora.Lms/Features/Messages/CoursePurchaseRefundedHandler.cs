using Azora.Contracts.Payments;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Messaging;
using Wolverine;

namespace Azora.Lms.Features.Messages;

/// <summary>payment-service refunded a course purchase: the enrolment that order paid for ends, once per order.</summary>
public static class CoursePurchaseRefundedHandler
{
    public static Task Handle(CoursePurchaseRefunded message, LearningInbox inbox, IMessageContext context, CancellationToken cancellationToken) =>
        inbox.EndRefundedEnrolmentAsync(message, InboxMark.For(context), cancellationToken);
}
