using System.Security.Claims;
using Azora.Contracts;
using Azora.ServiceDefaults.Security;

namespace Azora.Pricing.Features;

/// <summary>Who may do what in azora-pricing.</summary>
internal static class CallerAccess
{
    public static bool IsPlatformAdmin(this ClaimsPrincipal caller) => caller.IsInRole(Roles.PlatformAdmin);

    /// <summary>A service acting for customers (LMS, marketplace, forge) with the quoting scope.</summary>
    public static bool IsPricingService(this ClaimsPrincipal caller) => caller.HasScope(PricingService.CustomerScope);

    /// <summary>Sellers and instructors may price their own products.</summary>
    public static bool MaySellProducts(this ClaimsPrincipal caller) =>
        caller.IsInRole(Roles.Instructor) || caller.IsInRole(Roles.Freelancer) || caller.IsInRole(Roles.PlatformAdmin);

    /// <summary>The token's subject: an account id for a person, a client id for a service.</summary>
    public static string Subject(this ClaimsPrincipal caller) => caller.FindFirstValue(AuthenticationDefaults.SubjectClaim) ?? "";
}
