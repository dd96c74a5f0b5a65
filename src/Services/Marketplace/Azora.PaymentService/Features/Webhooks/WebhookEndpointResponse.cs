using Azora.PaymentService.Domain.Webhooks;

namespace Azora.PaymentService.Features.Webhooks;

/// <param name="Secret">The signing secret, shown only when the endpoint is registered.</param>
internal sealed record WebhookEndpointResponse(Guid Id, string Url, IReadOnlyList<string> EventTypes, DateTimeOffset CreatedAt, string? Secret = null)
{
    public static WebhookEndpointResponse From(WebhookEndpoint endpoint, bool withSecret = false) =>
        new(endpoint.Id, endpoint.Url, endpoint.Types, endpoint.CreatedAt, withSecret ? endpoint.Secret : null);
}
