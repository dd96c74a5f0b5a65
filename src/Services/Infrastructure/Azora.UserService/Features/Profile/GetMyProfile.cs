using Azora.UserService.Accounts;
using Azora.UserService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Azora.UserService.Features.Profile;

internal static class GetMyProfile
{
    public static void Map(IEndpointRouteBuilder me) =>
        me.MapGet("/", HandleAsync)
            .WithName("GetMyProfile")
            .WithSummary("Read the signed-in account's profile.");

    private static async Task<Results<Ok<AccountProfile>, ProblemHttpResult>> HandleAsync(HttpContext http, UserManager<Account> users)
    {
        var account = await CurrentAccount.FindAsync(users, http.User);
        return account is null ? AccountProblems.NoAccount() : TypedResults.Ok(await AccountProfile.OfAsync(users, account));
    }
}
