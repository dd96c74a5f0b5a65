using System.ComponentModel.DataAnnotations;

namespace Azora.PaymentService.Payments;

/// <summary>
/// <c>Azora:Payments</c>: which provider takes card payments, the platform's fee, how long a payout is held and how
/// long after a course purchase a refund still ends the enrolment.
/// </summary>
internal sealed class PaymentOptions
{
    public const string Section = "Azora:Payments";

    /// <summary>The owner of the platform's own accounts (clearing, fees, revenue, AZR rewards).</summary>
    public static readonly Guid PlatformOwnerId = new("a2020000-0000-7000-8000-000000000001");

    /// <summary>The payment provider: <c>simulated</c> (the built-in test card provider) is the only one built in.</summary>
    [Required]
    public string Provider { get; set; } = Providers.Simulated.SimulatedCardProvider.ProviderName;

    /// <summary>The platform's fee on a seller's sale, in basis points (1000 = 10%).</summary>
    [Range(0, 10_000)]
    public int PlatformFeeBasisPoints { get; set; } = 1_000;

    /// <summary>How long a payout's funds are held before they are paid out.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "60.00:00:00")]
    public TimeSpan PayoutHoldingPeriod { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long after a course purchase a full refund still ends the enrolment.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan RefundWindow { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How long the simulated provider keeps a <see cref="Providers.Simulated.SimulatedCards.SettlesLater"/> payment processing.</summary>
    public TimeSpan SimulatedSettlementDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The fee on <paramref name="amount"/>, rounded down to a whole minor unit.</summary>
    public long FeeOn(long amount) => (long)((Int128)amount * PlatformFeeBasisPoints / 10_000);
}
