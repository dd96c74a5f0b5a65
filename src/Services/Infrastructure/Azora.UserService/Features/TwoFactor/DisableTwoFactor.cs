using Azora.UserService.Accounts;
using Azora.UserService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Azora.UserService.Features.TwoFactor;

/// <summary>Turns two-factor sign-in off with a current code; the authenticator key is replaced so the old app is useless.</summary>
internal static class DisableTwoFactor
{
    public static void Map(IEndpointRouteBuilder me) =>
        me.MapPost("/two-factor/disable", HandleAsync)
            .WithName("DisableTwoFactor")
            .WithSummary("Turn off two-factor sign-in with a current authenticator code.");

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> HandleAsync(
        TwoFactorCodeRequest request, HttpContext http, UserManager<Account> users)
    {
        var account = await CurrentAccount.FindAsync(users, http.User);
        if (account is null)
        {
            return AccountProblems.NoAccount();
        }
        if (!account.TwoFactorEnabled)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Two-factor sign-in is already off.");
        }
        if (!await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, request.Code))
        {
            return AccountProblems.Field("code", "The code does not match the authenticator.");
        }
        await users.SetTwoFactorEnabledAsync(account, false);
        await users.ResetAuthenticatorKeyAsync(account);
        return TypedResults.NoContent();
    }
}
