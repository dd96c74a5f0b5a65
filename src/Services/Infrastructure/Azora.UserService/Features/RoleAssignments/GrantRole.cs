using Azora.UserService.Accounts;
using Azora.UserService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Azora.UserService.Features.RoleAssignments;

/// <summary>A platform-admin gives an account a role. Granting a role it already holds changes nothing.</summary>
internal static class GrantRole
{
    public static void Map(IEndpointRouteBuilder roles) =>
        roles.MapPut("/{role}", HandleAsync)
            .WithName("GrantRole")
            .WithSummary("Give an account a role (platform-admin only).");

    private static async Task<Results<Ok<AccountRoles>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, string role, HttpContext http, UserManager<Account> users, AccountEventOutbox events, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (RoleChange.CheckRole(role) is { } unknown)
        {
            return unknown;
        }
        await using var change = await events.BeginChangeAsync(cancellationToken);
        var account = await CurrentAccount.FindLiveAsync(users, id);
        if (account is null)
        {
            return AccountProblems.NoAccount();
        }
        var changing = !await users.IsInRoleAsync(account, role);
        if (changing)
        {
            var granted = await users.AddToRoleAsync(account, role);
            if (!granted.Succeeded)
            {
                return RoleChange.Failed(granted);
            }
        }
        return await RoleChange.FinishAsync(users, events, account, changing, http.User, clock, cancellationToken);
    }
}
