using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Azora.ServiceDefaults.Security;

/// <summary>
/// Every service validates session-service's JWT access tokens (<c>at+jwt</c>) against the issuer's published keys.
/// Deny by default: an endpoint is public only where it says <c>AllowAnonymous</c>.
/// </summary>
public static class AuthenticationDefaults
{
    public const string RoleClaim = "role";
    public const string SubjectClaim = "sub";
    public const string Audience = "azora";

    public static IServiceCollection AddAzoraAuthentication(this IServiceCollection services, PlatformOptions platform)
    {
        var issuer = platform.IssuerUri(ServiceCatalog.Current);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = issuer.AbsoluteUri;
                options.RequireHttpsMetadata = issuer.Scheme == Uri.UriSchemeHttps;
                options.MapInboundClaims = false;
                // Nothing reads the bearer token back from the authentication properties; storing it cost every request.
                options.SaveToken = false;
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(new ValidatedTokenCache(new JsonWebTokenHandler { MapInboundClaims = false }));
                options.RefreshOnIssuerKeyNotFound = true;
                // A token signed with a freshly rotated key makes the handler fetch the keys again, at most this often.
                options.RefreshInterval = TimeSpan.FromSeconds(30);
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = issuer.AbsoluteUri,
                    ValidAudience = Audience,
                    ValidTypes = ["at+jwt"],
                    NameClaimType = SubjectClaim,
                    RoleClaimType = RoleClaim,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });

        services.AddSingleton<SchemePorts>();
        services.Replace(ServiceDescriptor.Scoped<IAuthenticationHandlerProvider, PortBoundAuthenticationHandlers>());

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
