namespace Azora.Pricing.Domain;

/// <summary>A subscription plan in one price book: an amount billed every interval (R199 a month, R1 990 a year).</summary>
internal sealed class Plan
{
    public const int CodeMaxLength = 64;
    public const int NameMaxLength = 200;

    private Plan()
    {
    }

    public Guid Id { get; private set; }
    public Guid PriceBookId { get; private set; }
    public string Currency { get; private set; } = "";
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public IntervalUnit IntervalUnit { get; private set; }
    public int IntervalCount { get; private set; }
    public long Amount { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public BillingInterval Interval => new(IntervalUnit, IntervalCount);

    public static Plan Create(PriceBook book, string code, string name, BillingInterval interval, long amount, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        ArgumentOutOfRangeException.ThrowIfLessThan(interval.Count, 1);
        return new Plan
        {
            Id = Guid.CreateVersion7(now),
            PriceBookId = book.Id,
            Currency = book.Currency,
            Code = code,
            Name = name.Trim(),
            IntervalUnit = interval.Unit,
            IntervalCount = interval.Count,
            Amount = amount,
            CreatedAt = now,
        };
    }

    /// <summary>These terms billed at <paramref name="amount"/>: the plan's own amount, or its regional price.</summary>
    public PlanTerms BilledAt(long amount) => new(Id, Currency, amount, Interval);
}
