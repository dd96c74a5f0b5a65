using Azora.Contracts;
using Azora.UserService.Accounts;
using Azora.UserService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Azora.UserService.Features.RoleAssignments;

/// <summary>
/// A platform-admin takes a role away. An admin cannot take platform-admin from themselves, so the platform is never
/// left without the person who was just administering it by accident.
/// </summary>
internal static class RemoveRole
{
    public static void Map(IEndpointRouteBuilder roles) =>
        roles.MapDelete("/{role}", HandleAsync)
            .WithName("RemoveRole")
            .WithSummary("Take a role away from an account (platform-admin only).");

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
        if (role == Roles.PlatformAdmin && RoleChange.AdminId(http.User) == account.Id)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "You cannot remove your own platform-admin role.", detail: "Ask another platform-admin to do it.");
        }
        var changing = await users.IsInRoleAsync(account, role);
        if (changing)
        {
            var removed = await users.RemoveFromRoleAsync(account, role);
            if (!removed.Succeeded)
            {
                return RoleChange.Failed(removed);
            }
        }
        return await RoleChange.FinishAsync(users, events, account, changing, http.User, clock, cancellationToken);
    }
}
