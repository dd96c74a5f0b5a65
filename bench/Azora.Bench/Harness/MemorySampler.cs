namespace Azora.Bench.Harness;

/// <summary>Reads the platform's resident memory every 200 ms while a scenario runs and keeps the highest.</summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private double _peak;

    public MemorySampler(PlatformProcess platform) =>
        _timer = new Timer(_ => Sample(platform), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(200));

    public double Peak => Volatile.Read(ref _peak);

    private void Sample(PlatformProcess platform)
    {
        try
        {
            var now = platform.ResidentMemoryMiB();
            double seen;
            do
            {
                seen = Volatile.Read(ref _peak);
            }
            while (now > seen && Interlocked.CompareExchange(ref _peak, now, seen) != seen);
        }
        catch (IOException)
        {
            // The process is stopping; the peak so far stands.
        }
    }

    public void Dispose() => _timer.Dispose();
}
