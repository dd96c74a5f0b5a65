using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.SessionService.Features.SignIn;

/// <summary>
/// The short-lived cookie that says "this browser just signed in" to session-service's own authorize endpoint. It is a
/// named scheme used only by the sign-in page and the authorize endpoint; every API keeps the host's JWT bearer default.
/// </summary>
internal static class SignInCookie
{
    public const string Scheme = "session-service.sign-in";

    public static IServiceCollection AddSignInCookie(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = ".azora.sign-in";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(10);
            cookie.SlidingExpiration = false;
            cookie.LoginPath = SignInPage.Path;
            cookie.ReturnUrlParameter = SignInPage.ReturnUrlField;
        });
        services.AddAntiforgery();
        return services;
    }
}
