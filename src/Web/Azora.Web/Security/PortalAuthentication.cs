using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Azora.Web.Security;

/// <summary>
/// The portal signs people in with session-service (authorization code with PKCE) and keeps them signed in with its own
/// HttpOnly cookie, which carries the access and refresh tokens the portal calls the APIs with. Both are named schemes:
/// every API of the host keeps its JWT bearer default.
/// </summary>
internal static class PortalAuthentication
{
    public const string CookieScheme = "azora-web.cookie";
    public const string OidcScheme = "azora-web.oidc";
    public const string ClientId = "azora-web";
    public const string CookieName = ".azora.portal";

    public static void AddPortalAuthentication(this ServiceBuilder builder)
    {
        var issuer = builder.Platform.IssuerUri(ServiceCatalog.Current);
        builder.Services.AddSingleton<TokenRefresher>();
        builder.Services.AddAuthentication()
            .AddCookie(CookieScheme, cookie =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.LoginPath = AccountEndpoints.SignInPath;
                cookie.AccessDeniedPath = "/denied";
                cookie.Events.OnValidatePrincipal = context =>
                    context.HttpContext.RequestServices.GetRequiredService<TokenRefresher>().KeepFreshAsync(context);
            })
            .AddOpenIdConnect(OidcScheme, oidc =>
            {
                oidc.SignInScheme = CookieScheme;
                oidc.SignOutScheme = CookieScheme;
                oidc.Authority = issuer.AbsoluteUri;
                oidc.RequireHttpsMetadata = issuer.Scheme == Uri.UriSchemeHttps;
                oidc.ClientId = ClientId;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                oidc.UsePkce = true;
                oidc.SaveTokens = true;
                oidc.MapInboundClaims = false;
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.Scope.Clear();
                foreach (var scope in (string[])["openid", "profile", "email", "roles", "offline_access"])
                {
                    oidc.Scope.Add(scope);
                }
                oidc.CallbackPath = "/signin-oidc";
                oidc.SignedOutCallbackPath = "/signout-callback-oidc";
                oidc.SignedOutRedirectUri = "/";
                oidc.TokenValidationParameters.NameClaimType = "name";
                oidc.TokenValidationParameters.RoleClaimType = AuthenticationDefaults.RoleClaim;
                // The correlation and nonce cookies live only for the round trip to session-service and back.
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.Events.OnRemoteFailure = context =>
                {
                    // Someone who declines or whose account is refused comes back to a plain sentence, not a stack trace.
                    context.Response.Redirect("/signin-failed");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
    }
}
