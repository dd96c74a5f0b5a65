namespace Azora.Pricing.Domain;

/// <summary>
/// Proration by the second: the share of a period's amount that belongs to the whole seconds left between a moment and
/// the period's end, out of the period's whole seconds, rounded half away from zero. A change at the period's start
/// prorates the whole amount; one at its last second prorates nearly nothing.
/// </summary>
internal static class Proration
{
    public static long UnusedShare(long amount, DateTimeOffset periodStart, DateTimeOffset periodEnd, DateTimeOffset at)
    {
        var total = WholeSeconds(periodEnd - periodStart);
        var unused = Math.Clamp(WholeSeconds(periodEnd - at), 0, total);
        return total == 0 ? 0 : Money.Proportion(amount, unused, total);
    }

    private static long WholeSeconds(TimeSpan span) => span.Ticks / TimeSpan.TicksPerSecond;
}
