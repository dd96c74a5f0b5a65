using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Azora.Web.Security;

/// <summary>
/// <c>/signin</c> starts the authorization code flow with session-service and comes back to the page asked for;
/// <c>/signout</c> (a form post) ends the portal's cookie and session-service's sign-in.
/// </summary>
internal static class AccountEndpoints
{
    public const string SignInPath = "/signin";
    public const string SignOutPath = "/signout";

    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SignInPath, SignIn).AllowAnonymous().ExcludeFromDescription();
        // The visitor policy reads the portal cookie, so the form's antiforgery token is checked against the signed-in person.
        endpoints.MapPost(SignOutPath, SignOutAsync).RequireAuthorization(PortalPolicies.Visitor).ExcludeFromDescription();
    }

    private static IResult SignIn(string? returnUrl) =>
        Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [PortalAuthentication.OidcScheme]);

    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.Redirect("/");
        }
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return Results.Redirect("/");
        }
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" },
            [PortalAuthentication.CookieScheme, PortalAuthentication.OidcScheme]);
    }

    /// <summary>Only a path of this site: never an open redirect to somewhere else.</summary>
    internal static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= 2048 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.Contains('\\', StringComparison.Ordinal)
            ? returnUrl
            : "/dashboard";
}
