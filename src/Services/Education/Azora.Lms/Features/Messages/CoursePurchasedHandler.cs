using Azora.Contracts.Payments;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Messaging;
using Wolverine;

namespace Azora.Lms.Features.Messages;

/// <summary>payment-service took the money for a course: the buyer is enrolled, once per order.</summary>
public static class CoursePurchasedHandler
{
    public static Task Handle(CoursePurchased message, LearningInbox inbox, IMessageContext context, CancellationToken cancellationToken) =>
        inbox.EnrolPurchaserAsync(message, InboxMark.For(context), cancellationToken);
}
