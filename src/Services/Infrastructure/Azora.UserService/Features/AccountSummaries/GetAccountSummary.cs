using Azora.Contracts.UserService;
using Azora.ServiceDefaults.Security;
using Azora.UserService.Accounts;
using Azora.UserService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Azora.UserService.Features.AccountSummaries;

/// <summary>
/// session-service reads an account when it refreshes a session, to pick up role changes and to stop when the account
/// is gone: a deleted account answers with <c>active: false</c>.
/// </summary>
internal static class GetAccountSummary
{
    public static void Map(IEndpointRouteBuilder internalApi) =>
        internalApi.MapGet("/accounts/{id:guid}", HandleAsync)
            .RequireScope(UserServiceScopes.CredentialCheck)
            .WithName("GetAccountSummary")
            .WithSummary("Read an account's roles and state for session-service.");

    private static async Task<Results<Ok<AccountSummary>, ProblemHttpResult>> HandleAsync(Guid id, UserManager<Account> users)
    {
        var account = await users.FindByIdAsync(id.ToString());
        return account is null ? AccountProblems.NoAccount() : TypedResults.Ok(await users.SummaryAsync(account));
    }
}
