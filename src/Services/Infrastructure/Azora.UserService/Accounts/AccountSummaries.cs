using Azora.Contracts.UserService;
using Azora.UserService.Data;
using Microsoft.AspNetCore.Identity;

namespace Azora.UserService.Accounts;

internal static class AccountSummaries
{
    public static async Task<AccountSummary> SummaryAsync(this UserManager<Account> users, Account account)
    {
        if (account.IsDeleted)
        {
            // A tombstone: the id stays known so that other services can see the account is gone.
            return new AccountSummary(account.Id, string.Empty, string.Empty, [], EmailVerified: false, Active: false);
        }
        var roles = await users.GetRolesAsync(account);
        return new AccountSummary(
            account.Id, account.Email ?? string.Empty, account.DisplayName, [.. roles.Order(StringComparer.Ordinal)],
            account.EmailConfirmed, Active: true);
    }
}
