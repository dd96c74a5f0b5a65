using Azora.PaymentService.Data;
using Azora.PaymentService.Domain.Webhooks;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Features.Webhooks;

internal sealed record WebhookDeliveryListResponse(IReadOnlyList<WebhookDeliveryResponse> Items);

internal sealed record WebhookDeliveryResponse(
    Guid Id, string MessageId, string EventType, string Status, int Attempts, int? LastStatusCode, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt, string Payload)
{
    public static WebhookDeliveryResponse From(WebhookDelivery delivery) => new(
        delivery.Id, delivery.MessageId, delivery.EventType, delivery.Status.ToString().ToLowerInvariant(), delivery.Attempts,
        delivery.LastStatusCode, delivery.LastError, delivery.CreatedAt,
        delivery.Status == DeliveryStatus.Pending ? delivery.NextAttemptAt : null, delivery.DeliveredAt, delivery.Payload);
}

/// <summary>The delivery log of one endpoint: every event sent to it, its attempts and the last answer, newest first.</summary>
internal static class ListWebhookDeliveries
{
    public const int MaxItems = 200;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/{id:guid}/deliveries", HandleAsync)
            .WithName("ListWebhookDeliveries")
            .WithSummary("The delivery log of a webhook endpoint, newest first.");

    private static async Task<Results<Ok<WebhookDeliveryListResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, PaymentDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.WebhookEndpoints.AnyAsync(e => e.Id == id, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The webhook endpoint does not exist.");
        }
        var deliveries = await db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == id)
            .OrderByDescending(d => d.Id).Take(MaxItems).ToListAsync(cancellationToken);
        return TypedResults.Ok(new WebhookDeliveryListResponse(deliveries.Select(WebhookDeliveryResponse.From).ToList()));
    }
}
