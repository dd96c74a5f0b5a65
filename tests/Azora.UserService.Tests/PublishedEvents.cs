using Wolverine;
using Wolverine.Tracking;

namespace Azora.UserService.Tests;

/// <summary>
/// The events user-service published while some work ran, seen through Wolverine's message tracking. A publication is
/// recorded once per route it was sent on, or once as "no routes" while nothing subscribes, so the events are counted
/// by instance rather than by record.
/// </summary>
internal static class PublishedEvents
{
    public static async Task<IReadOnlyList<TEvent>> DuringAsync<TEvent>(UserServiceFixture fixture, Func<Task> work)
    {
        var session = await fixture.Platform.App.TrackActivity()
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
