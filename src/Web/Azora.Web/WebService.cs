using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Azora.Web.Api;
using Azora.Web.Assets;
using Azora.Web.Components;
using Azora.Web.Learning;
using Azora.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;

namespace Azora.Web;

/// <summary>
/// The web portal: server-rendered Blazor pages for each role's journey, signed in through session-service, calling
/// every API through the gateway with the person's own access token. It keeps no data of its own.
/// </summary>
public sealed class WebService : IAzoraService
{
    public string Id => "azora-web";

    public void AddServices(ServiceBuilder builder)
    {
        // Static server rendering everywhere; one interactive island (the quiz attempt's timer, autosave and submit) runs in a circuit.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<PortalAccessToken>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, PortalCircuitHandler>());
        builder.AddPortalAuthentication();
        builder.Services.AddPortalPolicies();

        var gateway = builder.Platform.AddressOf(ServiceCatalog.Current.Get(ServiceCatalog.GatewayId));
        builder.Services.AddHttpClient<GatewayClient>(http => http.BaseAddress = gateway)
            // A POST may move money or submit an attempt: never sent twice by a retry.
            .AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());
        builder.Services.AddHttpClient(TokenRefresher.HttpClientName)
            .AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAccountEndpoints();
        endpoints.MapCircuitTokenEndpoint();
        endpoints.MapPortalAssets();
        endpoints.MapLearnerEndpoints();
        var pages = endpoints.MapGroup(string.Empty).RequireAuthorization(PortalPolicies.Visitor);
        // The circuit's hub (/_blazor) is mapped in the same group as the pages: it answers on the portal's port only.
        pages.MapRazorComponents<App>().AddInteractiveServerRenderMode().DisableAntiforgery().ValidateFormPosts();
    }
}
