using System.Security.Claims;
using Azora.Contracts.UserService;
using Azora.SessionService.Domain;
using Azora.SessionService.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Azora.SessionService.Features.SignIn;

/// <summary>
/// <c>/account/signin</c>: a plain server-rendered form (no script) for the authorization code flow. A good sign-in sets
/// the sign-in cookie and returns to the authorize request it came from; only authorize requests are valid return URLs.
/// </summary>
internal static class SignInPage
{
    public const string Path = "/account/signin";
    public const string ReturnUrlField = "returnUrl";

    public static void MapSignInPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, Show).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapPost(Path, SubmitAsync).AllowAnonymous().ExcludeFromDescription().DisableAntiforgery();
    }

    private static IResult Show(HttpContext http, IAntiforgery antiforgery)
    {
        Harden(http.Response);
        var returnUrl = http.Request.Query[ReturnUrlField].ToString();
        if (!IsAuthorizeRequest(returnUrl))
        {
            return BadReturnUrl();
        }
        return SignInForm.Render(antiforgery.GetAndStoreTokens(http), returnUrl, email: null, error: null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, IAntiforgery antiforgery, UserServiceClient users, CancellationToken cancellationToken)
    {
        Harden(http.Response);
        if (!http.Request.HasFormContentType)
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The sign-in form must be posted as a form.");
        }
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The sign-in form has expired.",
                detail: "Reload the sign-in page and try again.");
        }
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var returnUrl = form[ReturnUrlField].ToString();
        if (!IsAuthorizeRequest(returnUrl))
        {
            return BadReturnUrl();
        }
        var email = form["email"].ToString();
        var password = form["password"].ToString();
        var code = form["code"].ToString() is { Length: > 0 } entered ? entered : null;
        var tokens = antiforgery.GetAndStoreTokens(http);

        if (SignInLimits.Problem(email, password, code) is { } problem)
        {
            return SignInForm.Render(tokens, returnUrl, email[..Math.Min(email.Length, SignInLimits.MaxEmailLength)], problem, StatusCodes.Status400BadRequest);
        }
        CredentialCheckResult result;
        try
        {
            result = await users.CheckCredentialsAsync(new CredentialCheckRequest(email, password, code), cancellationToken);
        }
        catch (UserServiceUnavailableException)
        {
            return SignInForm.Render(tokens, returnUrl, email, "Accounts cannot be checked right now; try again shortly.", StatusCodes.Status503ServiceUnavailable);
        }
        if (SignInRefusal.Describe(result, "Two-factor code") is { } refusal)
        {
            return SignInForm.Render(tokens, returnUrl, email, refusal, StatusCodes.Status401Unauthorized);
        }

        var identity = new ClaimsIdentity(SignInCookie.Scheme, Claims.Subject, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, result.Account!.Id.ToString()));
        await http.SignInAsync(SignInCookie.Scheme, new ClaimsPrincipal(identity));
        return Results.LocalRedirect(returnUrl);
    }

    /// <summary>
    /// The page may not be framed (clickjacking), loads nothing from elsewhere, posts only to itself and is never cached.
    /// </summary>
    private static void Harden(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        response.Headers.XFrameOptions = "DENY";
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }

    /// <summary>Only this server's authorize endpoint, as a local path: never an open redirect.</summary>
    internal static bool IsAuthorizeRequest(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= 8192 }
        && (returnUrl == "/connect/authorize" || returnUrl.StartsWith("/connect/authorize?", StringComparison.Ordinal))
        && !returnUrl.Contains('\\', StringComparison.Ordinal);

    private static IResult BadReturnUrl() => Results.ValidationProblem(
        new Dictionary<string, string[]> { [ReturnUrlField] = ["Sign-in must start from an authorization request of this server."] });
}
