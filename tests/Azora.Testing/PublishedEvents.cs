using Wolverine;
using Wolverine.Tracking;

namespace Azora.Testing;

/// <summary>
/// The events a platform published while some work ran, seen through Wolverine's message tracking. A publication is
/// recorded once per route it was sent on, or once as "no routes" while nothing subscribes, so the events are counted
/// by instance rather than by record.
/// </summary>
public static class PublishedEvents
{
    public static async Task<IReadOnlyList<TEvent>> DuringAsync<TEvent>(TestPlatform platform, Func<Task> work)
    {
        var session = await platform.App.TrackActivity()
            .Timeout(TimeSpan.FromSeconds(30))
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ => work()));
        return
        [
            .. session.AllRecordsInOrder()
                .Where(record => record.MessageEventType is MessageEventType.Sent or MessageEventType.NoRoutes)
                .Select(record => record.Message)
                .Where(message => message is TEvent)
                .Distinct(ReferenceEqualityComparer.Instance)
                .Cast<TEvent>(),
        ];
    }
}
