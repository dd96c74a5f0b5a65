namespace Azora.PaymentService.Domain.Rewards;

/// <summary>
/// The AZR a learner earned for one learning event. <see cref="SourceKey"/> names the event (unique), so each event
/// pays at most once however often it is delivered. A grant cut to nothing by the daily cap is still recorded.
/// </summary>
internal sealed class RewardGrant
{
    public const int SourceKeyMaxLength = 120;

    private RewardGrant()
    {
    }

    public Guid Id { get; private set; }
    public string SourceKey { get; private set; } = "";
    public Guid LearnerId { get; private set; }

    /// <summary>The UTC day the grant counts towards for the learner's daily cap.</summary>
    public DateOnly Day { get; private set; }

    /// <summary>What the event would have paid before the cap.</summary>
    public long Earned { get; private set; }

    /// <summary>What was credited, in AZR minor units; less than <see cref="Earned"/> when the daily cap cut it.</summary>
    public long Amount { get; private set; }

    /// <summary>The ledger transfer that credited it, when <see cref="Amount"/> is more than zero.</summary>
    public Guid? TransferId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static RewardGrant Record(string sourceKey, Guid learnerId, DateOnly day, long earned, long amount, Guid? transferId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SourceKey = sourceKey,
        LearnerId = learnerId,
        Day = day,
        Earned = earned,
        Amount = amount,
        TransferId = transferId,
        CreatedAt = now,
    };
}
