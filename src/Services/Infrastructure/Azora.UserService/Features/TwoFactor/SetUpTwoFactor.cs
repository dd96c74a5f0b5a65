using System.Globalization;
using Azora.UserService.Accounts;
using Azora.UserService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Azora.UserService.Features.TwoFactor;

/// <summary>The key to enter in an authenticator app, and the same as an <c>otpauth://</c> URI for a QR code.</summary>
internal sealed record TwoFactorSetup(string SharedKey, string AuthenticatorUri);

/// <summary>
/// Starts turning on two-factor sign-in: a fresh authenticator key (the previous one stops working). Two-factor stays
/// off until the owner proves the app works by enabling it with a code.
/// </summary>
internal static class SetUpTwoFactor
{
    public const string Issuer = "Azora";

    public static void Map(IEndpointRouteBuilder me) =>
        me.MapPost("/two-factor/setup", HandleAsync)
            .WithName("SetUpTwoFactor")
            .WithSummary("Create an authenticator key for two-factor sign-in.");

    private static async Task<Results<Ok<TwoFactorSetup>, ProblemHttpResult>> HandleAsync(
        HttpContext http, UserManager<Account> users)
    {
        var account = await CurrentAccount.FindAsync(users, http.User);
        if (account is null)
        {
            return AccountProblems.NoAccount();
        }
        if (account.TwoFactorEnabled)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "Two-factor sign-in is already on.", detail: "Disable it first to move to a new authenticator.");
        }
        await users.ResetAuthenticatorKeyAsync(account);
        var key = await users.GetAuthenticatorKeyAsync(account)
            ?? throw new InvalidOperationException("Identity did not store an authenticator key.");
        return TypedResults.Ok(new TwoFactorSetup(key, AuthenticatorUri(account.Email ?? account.Id.ToString(), key)));
    }

    // The Key URI format authenticator apps read: otpauth://totp/{issuer}:{account}?secret=...&issuer=...
    private static string AuthenticatorUri(string accountName, string key) =>
        string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(accountName)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30");
}
