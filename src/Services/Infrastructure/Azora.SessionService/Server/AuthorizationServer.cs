using Azora.Contracts.UserService;
using Azora.SessionService.Data;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Azora.SessionService.Server;

/// <summary>session-service's OpenIddict authorization server: endpoints, flows, token shapes and lifetimes.</summary>
internal static class AuthorizationServer
{
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(14);

    public static ServiceBuilder AddAuthorizationServer(this ServiceBuilder builder)
    {
        var issuer = builder.Platform.IssuerUri(ServiceCatalog.Current);
        var port = builder.Platform.PortOf(builder.Entry);

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<SessionDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(issuer)
                    .SetConfigurationEndpointUris(".well-known/openid-configuration")
                    .SetJsonWebKeySetEndpointUris(".well-known/jwks")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetIntrospectionEndpointUris("connect/introspect")
                    .SetEndSessionEndpointUris("connect/endsession");

                server.AllowPasswordFlow()
                    .AllowAuthorizationCodeFlow()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow()
                    .RequireProofKeyForCodeExchange();
                // Only S256: a "plain" challenge is the verifier itself and protects nothing if the request leaks.
                server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));

                server.RegisterScopes([.. ClientCatalog.UserScopes, UserServiceScopes.CredentialCheck,
                    .. ClientCatalog.ConfiguredServiceScopes(builder.Configuration)]);

                // Services validate access tokens themselves (JWT bearer), so they are signed JWTs, not encrypted; short
                // lived, because a service cannot see a revocation until the token expires.
                server.DisableAccessTokenEncryption()
                    .SetAccessTokenLifetime(AccessTokenLifetime)
                    .SetRefreshTokenLifetime(RefreshTokenLifetime)
                    .SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(5))
                    // A redeemed refresh token presented again is a stolen copy or a replay: no grace period, so the
                    // reuse is detected at once and the whole session's tokens are revoked.
                    .SetRefreshTokenReuseLeeway(TimeSpan.Zero);

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (issuer.Scheme == Uri.UriSchemeHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }

                server.AddEventHandler(OnlyOnOwnPort.Descriptor(port));
                server.RemoveEventHandler(OpenIddictServerHandlers.Introspection.ValidateAuthorizedParty.Descriptor);
                server.AddEventHandler(PlatformIntrospection.Descriptor);
            });

        builder.Services.AddScoped<ServerKeyStore>();
        builder.Services.AddSingleton<ServerKeyConfiguration>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(services => services.GetRequiredService<ServerKeyConfiguration>());
        builder.Services.AddHostedService<ServerKeysAtStartup>();
        builder.Services.AddScoped<SessionOpener>();
        builder.Services.AddSingleton<ClientCatalog>();
        builder.Services.AddHostedService<ClientRegistration>();
        builder.Services.AddSingleton<SigningKeyWatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SigningKeyWatcher>());
        builder.Services.AddSingleton<SessionPruning>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SessionPruning>());
        return builder;
    }
}
