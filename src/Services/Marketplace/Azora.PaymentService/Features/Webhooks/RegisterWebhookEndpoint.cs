using Azora.PaymentService.Data;
using Azora.PaymentService.Domain.Webhooks;
using Azora.PaymentService.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.PaymentService.Features.Webhooks;

internal sealed record RegisterWebhookEndpointRequest(string? Url = null, IReadOnlyList<string>? EventTypes = null);

/// <summary>A platform-admin registers a URL for payment events; the answer carries its signing secret, once.</summary>
internal static class RegisterWebhookEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/", HandleAsync)
            .WithName("RegisterWebhookEndpoint")
            .WithSummary("Register a webhook endpoint for payment events; returns its whsec_ signing secret.");

    private static async Task<Results<Created<WebhookEndpointResponse>, ValidationProblem>> HandleAsync(
        RegisterWebhookEndpointRequest request, PaymentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Url is not { Length: <= WebhookEndpoint.UrlMaxLength }
            || !Uri.TryCreate(request.Url, UriKind.Absolute, out var url)
            || url.Scheme is not ("https" or "http"))
        {
            errors["url"] = ["An absolute http or https URL."];
        }
        if (request.EventTypes is not { Count: > 0 } types)
        {
            errors["eventTypes"] = [$"One or more of: {string.Join(", ", WebhookEventTypes.All)}."];
        }
        else if (types.FirstOrDefault(t => !WebhookEventTypes.All.Contains(t)) is { } unknown)
        {
            errors["eventTypes"] = [$"'{unknown}' is not one of: {string.Join(", ", WebhookEventTypes.All)}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var endpoint = WebhookEndpoint.Register(request.Url!, request.EventTypes!, WebhookSignature.NewSecret(), clock.GetUtcNow());
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/webhooks/endpoints/{endpoint.Id}", WebhookEndpointResponse.From(endpoint, withSecret: true));
    }
}
