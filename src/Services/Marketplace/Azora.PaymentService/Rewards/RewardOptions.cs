using System.ComponentModel.DataAnnotations;

namespace Azora.PaymentService.Rewards;

/// <summary>
/// <c>Azora:Rewards</c>: the AZR (in minor units, hundredths of an AZR) each learning event earns, and the most a
/// learner can earn in one UTC day. Zero turns a reward off.
/// </summary>
internal sealed class RewardOptions
{
    public const string Section = "Azora:Rewards";

    [Range(0, 1_000_000_000)]
    public long LessonCompleted { get; set; } = 100;

    [Range(0, 1_000_000_000)]
    public long AttemptPassed { get; set; } = 250;

    [Range(0, 1_000_000_000)]
    public long CourseCompleted { get; set; } = 1_000;

    [Range(0, 1_000_000_000)]
    public long DailyCap { get; set; } = 2_000;
}
