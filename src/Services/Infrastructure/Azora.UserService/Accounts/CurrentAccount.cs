using System.Security.Claims;
using Azora.ServiceDefaults.Security;
using Azora.UserService.Data;
using Microsoft.AspNetCore.Identity;

namespace Azora.UserService.Accounts;

/// <summary>The account a signed-in caller acts as: the access token's <c>sub</c> is the account id.</summary>
internal static class CurrentAccount
{
    public static async Task<Account?> FindAsync(UserManager<Account> users, ClaimsPrincipal caller)
    {
        return caller.TryGetAccountId(out var id) ? await FindLiveAsync(users, id) : null;
    }

    /// <summary>An account that exists and has not been deleted by its owner.</summary>
    public static async Task<Account?> FindLiveAsync(UserManager<Account> users, Guid id)
    {
        var account = await users.FindByIdAsync(id.ToString());
        return account is { IsDeleted: false } ? account : null;
    }
}
