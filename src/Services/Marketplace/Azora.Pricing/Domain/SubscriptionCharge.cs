namespace Azora.Pricing.Domain;

internal enum ChargeKind
{
    /// <summary>A period's plan amount.</summary>
    Period,

    /// <summary>A coupon's discount on a period's amount (negative).</summary>
    Discount,

    /// <summary>The unused part of the old plan, credited when upgrading (negative).</summary>
    ProrationCredit,

    /// <summary>The new plan for the rest of the current period after an upgrade.</summary>
    ProrationCharge,
}

/// <summary>One line a subscription bills: positive for charges, negative for credits and discounts; never changed once written.</summary>
internal sealed class SubscriptionCharge
{
    private SubscriptionCharge()
    {
    }

    public Guid Id { get; private set; }
    public Guid SubscriptionId { get; private set; }

    /// <summary>The charge's place in its subscription's billing, from 1: the order charges were written in.</summary>
    public int Sequence { get; private set; }

    public ChargeKind Kind { get; private set; }
    public Guid PlanId { get; private set; }
    public long Amount { get; private set; }
    public DateTimeOffset PeriodStart { get; private set; }
    public DateTimeOffset PeriodEnd { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static SubscriptionCharge Write(Guid subscriptionId, int sequence, ChargeKind kind, Guid planId, long amount, DateTimeOffset periodStart, DateTimeOffset periodEnd, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SubscriptionId = subscriptionId,
        Sequence = sequence,
        Kind = kind,
        PlanId = planId,
        Amount = amount,
        PeriodStart = periodStart,
        PeriodEnd = periodEnd,
        CreatedAt = now,
    };
}
