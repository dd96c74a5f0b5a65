namespace Azora.Seeding;

/// <summary>Waits for what the platform does asynchronously (events between services) by asking again until a deadline.</summary>
public static class Eventually
{
    public static async Task<T> WaitForAsync<T>(string what, Func<Task<T?>> probe, TimeSpan timeout, CancellationToken cancellationToken)
        where T : struct
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new SeedException($"Gave up after {timeout.TotalSeconds:0} s waiting for {what}.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
