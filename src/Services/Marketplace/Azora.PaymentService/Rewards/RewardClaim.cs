using Azora.ServiceDefaults.Messaging;

namespace Azora.PaymentService.Rewards;

/// <summary>
/// One learning event's claim to a reward: <paramref name="SourceKey"/> names the event (a grant is made at most once
/// per key), <paramref name="Earns"/> picks what it earns from <see cref="RewardOptions"/>, and <paramref name="Handled"/>
/// is the inbox mark of the message that brought it, committed with the grant.
/// </summary>
internal sealed record RewardClaim(
    string SourceKey, Guid LearnerId, Func<RewardOptions, long> Earns, DateTimeOffset OccurredAt, InboxMark? Handled);
