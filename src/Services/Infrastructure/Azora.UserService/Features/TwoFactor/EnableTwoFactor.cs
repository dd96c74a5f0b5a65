using Azora.UserService.Accounts;
using Azora.UserService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Azora.UserService.Features.TwoFactor;

/// <summary>Recovery codes, each good for one sign-in without the authenticator. Shown only here, once.</summary>
internal sealed record TwoFactorRecoveryCodes(IReadOnlyList<string> RecoveryCodes);

/// <summary>Turns two-factor sign-in on once a code from the newly set-up authenticator checks out.</summary>
internal static class EnableTwoFactor
{
    public const int RecoveryCodeCount = 10;

    public static void Map(IEndpointRouteBuilder me) =>
        me.MapPost("/two-factor/enable", HandleAsync)
            .WithName("EnableTwoFactor")
            .WithSummary("Turn on two-factor sign-in with a current authenticator code; returns recovery codes once.");

    private static async Task<Results<Ok<TwoFactorRecoveryCodes>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        TwoFactorCodeRequest request, HttpContext http, UserManager<Account> users)
    {
        var account = await CurrentAccount.FindAsync(users, http.User);
        if (account is null)
        {
            return AccountProblems.NoAccount();
        }
        if (account.TwoFactorEnabled)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Two-factor sign-in is already on.");
        }
        if (await users.GetAuthenticatorKeyAsync(account) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "There is no authenticator to enable.", detail: "Call /api/accounts/me/two-factor/setup first.");
        }
        if (!await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, request.Code))
        {
            return AccountProblems.Field("code", "The code does not match the authenticator.");
        }
        await users.SetTwoFactorEnabledAsync(account, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount)
            ?? throw new InvalidOperationException("Identity did not generate recovery codes.");
        return TypedResults.Ok(new TwoFactorRecoveryCodes([.. codes]));
    }
}
