namespace Azora.PaymentService.Domain.Webhooks;

internal enum DeliveryStatus
{
    Pending,
    Succeeded,
    Failed,
}

/// <summary>
/// One event on its way to one endpoint: written in the same transaction as the change it tells of, then sent and
/// re-sent on <see cref="WebhookSchedule"/> until the endpoint answers 2xx or the attempts run out. The body and
/// message id stay the same across attempts, so the receiver can de-duplicate on <c>webhook-id</c>.
/// </summary>
internal sealed class WebhookDelivery
{
    public const int ErrorMaxLength = 500;

    private WebhookDelivery()
    {
    }

    public Guid Id { get; private set; }
    public Guid EndpointId { get; private set; }

    /// <summary>The Standard Webhooks message id (<c>msg_...</c>), the same for every attempt.</summary>
    public string MessageId { get; private set; } = "";

    public string EventType { get; private set; } = "";

    /// <summary>The exact JSON body that is signed and sent.</summary>
    public string Payload { get; private set; } = "";

    public DeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public int? LastStatusCode { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }

    public static WebhookDelivery Enqueue(Guid endpointId, string messageId, string eventType, string payload, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        EndpointId = endpointId,
        MessageId = messageId,
        EventType = eventType,
        Payload = payload,
        Status = DeliveryStatus.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    public void Delivered(int statusCode, DateTimeOffset now)
    {
        Attempts++;
        Status = DeliveryStatus.Succeeded;
        LastStatusCode = statusCode;
        LastError = null;
        DeliveredAt = now;
    }

    /// <summary>An attempt failed: try again after the schedule's next delay, or give up when there is none.</summary>
    public void AttemptFailed(int? statusCode, string error, DateTimeOffset now)
    {
        Attempts++;
        LastStatusCode = statusCode;
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        if (WebhookSchedule.DelayAfter(Attempts) is { } delay)
        {
            NextAttemptAt = now + delay;
        }
        else
        {
            Status = DeliveryStatus.Failed;
        }
    }
}

/// <summary>
/// When to try again, after each failed attempt: the Standard Webhooks spec's suggested schedule (5 s, 5 min, 30 min,
/// 2 h, 5 h, 10 h, 10 h), growing roughly exponentially; after the eighth attempt the delivery has failed.
/// </summary>
internal static class WebhookSchedule
{
    private static readonly TimeSpan[] Delays =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    public static int MaxAttempts => Delays.Length + 1;

    public static TimeSpan? DelayAfter(int attempts) => attempts >= 1 && attempts <= Delays.Length ? Delays[attempts - 1] : null;
}
