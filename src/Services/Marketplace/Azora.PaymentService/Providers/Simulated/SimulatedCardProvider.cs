using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azora.PaymentService.Payments;
using Microsoft.Extensions.Options;

namespace Azora.PaymentService.Providers.Simulated;

/// <summary>
/// A card provider for development and tests that charges nothing real. It accepts only <see cref="SimulatedCards"/>
/// and keeps no state of its own: what it needs later (which card behaviour, when a processing payment began) is in
/// the payment id it hands out, and ids derive from the caller's idempotency key, so a retried call answers the same.
/// </summary>
internal sealed class SimulatedCardProvider(TimeProvider clock, IOptions<PaymentOptions> options) : IPaymentProvider
{
    public const string ProviderName = "simulated";

    private const string Prefix = "sim_pi_";

    public string Name => ProviderName;

    public string? CheckPaymentMethod(string paymentMethod) =>
        SimulatedCards.All.Contains(paymentMethod, StringComparer.Ordinal)
            ? null
            : $"The simulated provider takes only its test cards: {string.Join(", ", SimulatedCards.All)}.";

    public Task<ProviderPayment> AuthorizeAsync(ProviderAuthorization authorization, CancellationToken cancellationToken)
    {
        if (CheckPaymentMethod(authorization.PaymentMethod) is { } problem)
        {
            throw new PaymentProviderException(problem);
        }
        var started = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var id = $"{Prefix}{authorization.PaymentMethod[^4..]}_{started}_{Hash(authorization.IdempotencyKey)}";
        return Task.FromResult(Describe(id, actionCompleted: false));
    }

    public Task<ProviderPayment> CompleteActionAsync(string paymentId, CancellationToken cancellationToken) =>
        Task.FromResult(Describe(paymentId, actionCompleted: true));

    public Task<ProviderPayment> RetrieveAsync(string paymentId, CancellationToken cancellationToken) =>
        Task.FromResult(Describe(paymentId, actionCompleted: false));

    public Task CaptureAsync(string paymentId, long amount, CancellationToken cancellationToken)
    {
        Parse(paymentId);
        return Task.CompletedTask;
    }

    public Task CancelAsync(string paymentId, CancellationToken cancellationToken)
    {
        Parse(paymentId);
        return Task.CompletedTask;
    }

    public Task<string> RefundAsync(string paymentId, long amount, string idempotencyKey, CancellationToken cancellationToken)
    {
        Parse(paymentId);
        return Task.FromResult($"sim_re_{Hash(idempotencyKey)}");
    }

    public Task<string> PayOutAsync(string destination, long amount, string currency, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult($"sim_po_{Hash(idempotencyKey)}");

    private ProviderPayment Describe(string paymentId, bool actionCompleted)
    {
        var (card, started) = Parse(paymentId);
        return card switch
        {
            _ when card == SimulatedCards.Declines[^4..] => new ProviderPayment(paymentId, ProviderPaymentStatus.Declined, "card_declined"),
            _ when card == SimulatedCards.InsufficientFunds[^4..] => new ProviderPayment(paymentId, ProviderPaymentStatus.Declined, "insufficient_funds"),
            _ when card == SimulatedCards.RequiresAction[^4..] && !actionCompleted =>
                new ProviderPayment(paymentId, ProviderPaymentStatus.RequiresAction, ActionUrl: $"https://simulated-provider.invalid/3ds/{paymentId}"),
            _ when card == SimulatedCards.SettlesLater[^4..] && clock.GetUtcNow() < started + options.Value.SimulatedSettlementDelay =>
                new ProviderPayment(paymentId, ProviderPaymentStatus.Processing),
            _ => new ProviderPayment(paymentId, ProviderPaymentStatus.Authorized),
        };
    }

    private static (string Card, DateTimeOffset Started) Parse(string paymentId)
    {
        var parts = paymentId.StartsWith(Prefix, StringComparison.Ordinal) ? paymentId[Prefix.Length..].Split('_') : [];
        if (parts.Length != 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new PaymentProviderException($"'{paymentId}' is not a payment of the simulated provider.");
        }
        return (parts[0], DateTimeOffset.FromUnixTimeSeconds(seconds));
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];
}
