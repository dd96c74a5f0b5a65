using Azora.PaymentService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Features.Webhooks;

internal sealed record WebhookEndpointListResponse(IReadOnlyList<WebhookEndpointResponse> Items);

internal static class ListWebhookEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/", HandleAsync)
            .WithName("ListWebhookEndpoints")
            .WithSummary("The registered webhook endpoints, without their secrets.");

    private static async Task<Ok<WebhookEndpointListResponse>> HandleAsync(PaymentDbContext db, CancellationToken cancellationToken)
    {
        var endpoints = await db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(new WebhookEndpointListResponse(endpoints.Select(e => WebhookEndpointResponse.From(e)).ToList()));
    }
}
