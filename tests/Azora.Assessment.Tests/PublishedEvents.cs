using Wolverine;
using Wolverine.Tracking;

namespace Azora.Assessment.Tests;

/// <summary>
/// The events azora-assessment published while some work ran, seen through Wolverine's message tracking. A publication
/// is recorded once per route, or once as "no routes" while nothing subscribes, so events are counted by instance.
/// </summary>
internal static class PublishedEvents
{
    public static async Task<IReadOnlyList<TEvent>> DuringAsync<TEvent>(AssessmentFixture fixture, Func<Task> work)
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
