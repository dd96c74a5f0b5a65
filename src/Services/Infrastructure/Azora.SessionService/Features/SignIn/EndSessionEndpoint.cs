using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Server.AspNetCore;

namespace Azora.SessionService.Features.SignIn;

/// <summary><c>/connect/endsession</c>: forgets the browser's sign-in cookie and returns to the client's registered post-logout URI.</summary>
internal static class EndSessionEndpoint
{
    public static void MapEndSessionEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Delegate)HandleAsync)
            .AllowAnonymous().ExcludeFromDescription().DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpContext http)
    {
        await http.SignOutAsync(SignInCookie.Scheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
