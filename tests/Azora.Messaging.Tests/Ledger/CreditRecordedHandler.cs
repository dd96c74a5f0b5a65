using Azora.ServiceDefaults.Messaging;
using Wolverine;

namespace Azora.Messaging.Tests.Ledger;

/// <summary>
/// A handler in the shape services use: Wolverine finds it in the service's assembly and, because it uses the service's
/// DbContext, runs it inside a transaction that also marks the message handled. Delivery is at least once, so it records
/// the message id with its own changes and does nothing for a message it has already processed.
/// </summary>
public static class CreditRecordedHandler
{
    public static async Task Handle(CreditRecorded message, Envelope envelope, LedgerContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.TryRecordFirstDeliveryAsync(envelope.Id, nameof(CreditRecordedHandler), clock, cancellationToken))
        {
            return;
        }
        db.ReceivedCredits.Add(new ReceivedCredit { Id = Guid.CreateVersion7(), EntryId = message.EntryId });
    }
}
