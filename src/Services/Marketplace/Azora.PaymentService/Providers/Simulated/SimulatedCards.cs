namespace Azora.PaymentService.Providers.Simulated;

/// <summary>
/// The simulated provider's test card numbers, the same as Stripe's where Stripe has one. Only these are accepted, so
/// no real card number is ever stored.
/// </summary>
internal static class SimulatedCards
{
    /// <summary>Authorized at once.</summary>
    public const string Succeeds = "4242424242424242";

    /// <summary>Declined with <c>card_declined</c>.</summary>
    public const string Declines = "4000000000000002";

    /// <summary>Declined with <c>insufficient_funds</c>.</summary>
    public const string InsufficientFunds = "4000000000009995";

    /// <summary>Asks for 3-D Secure authentication, then is authorized once the payer completes it.</summary>
    public const string RequiresAction = "4000002760003184";

    /// <summary>Settles asynchronously: processing until the simulator's settlement delay has passed, then authorized.</summary>
    public const string SettlesLater = "4000000000000077";

    public static readonly IReadOnlyList<string> All = [Succeeds, Declines, InsufficientFunds, RequiresAction, SettlesLater];
}
