using Azora.Contracts;
using Azora.Contracts.LoadBalancer;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;

namespace Azora.LoadBalancer.Features.Instances;

/// <summary>Who may change the gateway's rotation: a platform admin, or a supervisor holding the instances scope.</summary>
internal static class InstanceAccess
{
    public static void AdminsAndSupervisors(AuthorizationPolicyBuilder policy) =>
        policy.RequireAuthenticatedUser().RequireAssertion(context =>
            context.User.IsInRole(Roles.PlatformAdmin) || context.User.HasScope(GatewayScopes.Instances));
}
