using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Web.Security;

/// <summary>
/// The host's shared pipeline has no antiforgery middleware (its APIs take bearer tokens, not cookies), so the pages
/// check the token of every page's form post themselves before the page handles it: a forged post is refused with 400.
/// </summary>
internal static class PageFormProtection
{
    public static TBuilder ValidateFormPosts<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            var page = endpoint.RequestDelegate;
            // Only the pages take form posts; the interactive island's hub (/_blazor/negotiate, ...) is not a form.
            if (page is null || !endpoint.Metadata.OfType<ComponentTypeMetadata>().Any())
            {
                return;
            }
            endpoint.RequestDelegate = async http =>
            {
                if (HttpMethods.IsPost(http.Request.Method)
                    && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
                {
                    http.Response.StatusCode = StatusCodes.Status400BadRequest;
                    http.Response.ContentType = "text/plain; charset=utf-8";
                    await http.Response.WriteAsync("This form has expired. Go back, reload the page and try again.");
                    return;
                }
                await page(http);
            };
        });
        return builder;
    }
}
