using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.SessionService.Data;
using Azora.SessionService.Features.Sessions;
using Azora.SessionService.Features.SignIn;
using Azora.SessionService.Features.SigningKeys;
using Azora.SessionService.Features.Tokens;
using Azora.SessionService.Server;
using Azora.SessionService.Users;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Azora.SessionService;

/// <summary>
/// Tokens and sessions: the OpenIddict authorization server every Azora service trusts. Checks sign-ins with
/// user-service over its internal API and keeps its own clients, sessions, tokens and signing keys.
/// </summary>
public sealed class SessionService : IAzoraService
{
    public string Id => ServiceCatalog.SessionServiceId;

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<SessionDbContext, SessionSqliteContext, SessionPostgresContext>();
        builder.AddAuthorizationServer();
        builder.Services.AddSignInCookie();
        builder.Services.AddScoped<UserSessions>();

        builder.Services.AddSingleton<ServiceClientSecret>();
        builder.Services.AddSingleton<ServiceTokenSource>();
        builder.Services.AddTransient<ServiceTokenHandler>();
        var self = builder.Platform.AddressOf(builder.Entry);
        builder.Services.AddHttpClient(ServiceTokenSource.HttpClientName, http => http.BaseAddress = self)
            .AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());
        var users = builder.Platform.AddressOf(ServiceCatalog.Current.Get(ServiceCatalog.UserServiceId));
        builder.Services.AddHttpClient<UserServiceClient>(http => http.BaseAddress = users)
            .AddHttpMessageHandler<ServiceTokenHandler>()
            // A credential check counts towards lockout, so a POST is never retried.
            .AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTokenEndpoint();
        endpoints.MapAuthorizeEndpoint();
        endpoints.MapEndSessionEndpoint();
        endpoints.MapSignInPage();
        endpoints.MapSessionEndpoints();
        endpoints.MapSigningKeyEndpoints();
    }
}
