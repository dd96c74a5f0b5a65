using System.ComponentModel.DataAnnotations;

namespace Azora.Pricing.Pricing;

/// <summary>Settings under <c>Pricing</c> in configuration.</summary>
internal sealed class PricingOptions
{
    public const string Section = "Pricing";

    /// <summary>How long a quote may be checked out after it is issued.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan QuoteLifetime { get; set; } = TimeSpan.FromHours(24);
}
