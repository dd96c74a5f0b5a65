using Azora.Contracts;
using Azora.Contracts.UserService;
using Azora.ServiceDefaults.Security;
using Azora.UserService.Accounts;
using Azora.UserService.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using System.Security.Claims;

namespace Azora.UserService.Features.RoleAssignments;

/// <summary>An account's roles after a change.</summary>
internal sealed record AccountRoles(Guid AccountId, IReadOnlyList<string> Roles);

/// <summary>What granting and removing a role share: the checks on the role and account, and the commit with its announcement.</summary>
internal static class RoleChange
{
    public static ValidationProblem? CheckRole(string role) =>
        Roles.IsKnown(role)
            ? null
            : AccountProblems.Field("role", $"Unknown role. Known roles: {string.Join(", ", Roles.All)}.");

    public static Guid AdminId(ClaimsPrincipal caller) =>
        caller.TryGetAccountId(out var id) ? id : Guid.Empty;

    /// <summary>
    /// Reads the account's roles and, when the request changed them, commits the change with the
    /// <see cref="AccountRolesChanged"/> event that announces it. A request that changed nothing announces nothing.
    /// </summary>
    public static async Task<Ok<AccountRoles>> FinishAsync(
        UserManager<Account> users, AccountEventOutbox events, Account account, bool changed, ClaimsPrincipal caller,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> roles = [.. (await users.GetRolesAsync(account)).Order(StringComparer.Ordinal)];
        if (changed)
        {
            await events.CommitAsync(new AccountRolesChanged(account.Id, AdminId(caller), roles, clock.GetUtcNow()), cancellationToken);
        }
        return TypedResults.Ok(new AccountRoles(account.Id, roles));
    }

    public static ProblemHttpResult Failed(IdentityResult result) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The role could not be changed.",
            detail: string.Join(" ", result.Errors.Select(e => e.Description)));
}
