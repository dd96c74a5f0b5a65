using System.Text.Json;
using Azora.PaymentService.Data;
using Azora.PaymentService.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Webhooks;

/// <summary>
/// Queues a webhook event for every endpoint subscribed to its type, as rows in the caller's transaction: the event
/// is sent (by <see cref="WebhookDispatcher"/>) only if the change it tells of commits.
/// </summary>
internal sealed class WebhookOutbox(TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task EnqueueAsync(PaymentDbContext db, string type, object data, CancellationToken cancellationToken)
    {
        var endpoints = await db.WebhookEndpoints.AsNoTracking().ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var messageId = "msg_" + Guid.CreateVersion7(now).ToString("N");
        var payload = JsonSerializer.Serialize(new { type, timestamp = now, data }, Json);
        foreach (var endpoint in endpoints.Where(e => e.Receives(type)))
        {
            db.WebhookDeliveries.Add(WebhookDelivery.Enqueue(endpoint.Id, messageId, type, payload, now));
        }
    }
}
