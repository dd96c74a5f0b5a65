using Azora.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Web.Security;

/// <summary>
/// Who may open which pages. Every policy reads the portal's cookie (not the host's bearer default). <see cref="Visitor"/>
/// admits everyone and only makes the signed-in person known to public pages; the others are the role-gated areas.
/// </summary>
internal static class PortalPolicies
{
    public const string Visitor = "azora-web.visitor";
    public const string SignedIn = "azora-web.signed-in";
    public const string Learner = "azora-web.learner";
    public const string Instructor = "azora-web.instructor";
    public const string Guardian = "azora-web.guardian";
    public const string Operator = "azora-web.operator";

    public static IServiceCollection AddPortalPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Visitor, policy => Portal(policy).RequireAssertion(_ => true))
            .AddPolicy(SignedIn, policy => Portal(policy).RequireAuthenticatedUser())
            .AddPolicy(Learner, policy => Portal(policy).RequireRole(Roles.Learner))
            .AddPolicy(Instructor, policy => Portal(policy).RequireRole(Roles.Instructor, Roles.PlatformAdmin))
            .AddPolicy(Guardian, policy => Portal(policy).RequireRole(Roles.Guardian))
            .AddPolicy(Operator, policy => Portal(policy).RequireRole(Roles.PlatformAdmin));
        return services;
    }

    private static AuthorizationPolicyBuilder Portal(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(PortalAuthentication.CookieScheme);
}
