using Azora.UserService.Data;
using Microsoft.AspNetCore.Identity;

namespace Azora.UserService.Features.Profile;

/// <summary>What the owner sees of their own account. Never the password hash, keys or recovery codes.</summary>
internal sealed record AccountProfile(
    Guid Id,
    string Email,
    string DisplayName,
    string? Bio,
    string? TimeZone,
    IReadOnlyList<string> Roles,
    bool EmailVerified,
    bool TwoFactorEnabled,
    DateTimeOffset CreatedAt)
{
    public static async Task<AccountProfile> OfAsync(UserManager<Account> users, Account account)
    {
        var roles = await users.GetRolesAsync(account);
        return new AccountProfile(
            account.Id, account.Email ?? string.Empty, account.DisplayName, account.Bio, account.TimeZone,
            [.. roles.Order(StringComparer.Ordinal)], account.EmailConfirmed, account.TwoFactorEnabled, account.CreatedAt);
    }
}
