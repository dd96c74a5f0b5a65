using Wolverine;
using Wolverine.Tracking;

namespace Azora.PaymentService.Tests.Payments;

/// <summary>The messages payment-service published (through its outbox) while some work ran.</summary>
internal static class PublishedMessages
{
    public static async Task<IReadOnlyList<object>> DuringAsync(PaymentHost host, Func<Task> work)
    {
        var session = await host.Platform.App.TrackActivity()
            .Timeout(TimeSpan.FromSeconds(30))
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ => work()));
        return
        [
            .. session.AllRecordsInOrder()
                .Where(record => record.MessageEventType is MessageEventType.Sent or MessageEventType.NoRoutes)
                .Select(record => record.Message!)
                .Distinct(ReferenceEqualityComparer.Instance),
        ];
    }
}
