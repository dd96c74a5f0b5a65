namespace Azora.PaymentService.Domain.Webhooks;

/// <summary>An outside URL that receives payment events, signed with its own secret (Standard Webhooks).</summary>
internal sealed class WebhookEndpoint
{
    public const int UrlMaxLength = 2000;

    private WebhookEndpoint()
    {
    }

    public Guid Id { get; private set; }
    public string Url { get; private set; } = "";

    /// <summary><c>whsec_</c> and the base64 of 32 random bytes: the HMAC key of the signatures.</summary>
    public string Secret { get; private set; } = "";

    /// <summary>The event types it receives, space-separated.</summary>
    public string EventTypes { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<string> Types => EventTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool Receives(string type) => Types.Contains(type, StringComparer.Ordinal);

    public static WebhookEndpoint Register(string url, IEnumerable<string> eventTypes, string secret, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Url = url,
        Secret = secret,
        EventTypes = string.Join(' ', eventTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
        CreatedAt = now,
    };
}
