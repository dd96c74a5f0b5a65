using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azora.UserService.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Azora.UserService.Identity;

/// <summary>
/// Email verification tokens: random, valid for a day, stored only as a hash in the account's Identity tokens, so any
/// instance of the service can check them (no shared data-protection keys) and a new one replaces the last.
/// </summary>
internal sealed class EmailVerificationTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<Account>
{
    public const string Name = "azora-email-verification";
    private const string LoginProvider = "azora";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<Account> manager, Account user) => Task.FromResult(false);

    public async Task<string> GenerateAsync(string purpose, UserManager<Account> manager, Account user)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var expiresAt = clock.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        var stored = $"{Hash(token)}|{expiresAt.ToString(CultureInfo.InvariantCulture)}";
        var result = await manager.SetAuthenticationTokenAsync(user, LoginProvider, purpose, stored);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The verification token could not be stored: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
        return token;
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<Account> manager, Account user)
    {
        var stored = await manager.GetAuthenticationTokenAsync(user, LoginProvider, purpose);
        if (stored?.Split('|') is not [var hash, var expires]
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt))
        {
            return false;
        }
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(Hash(token)));
        return matches && clock.GetUtcNow().ToUnixTimeSeconds() < expiresAt;
    }

    /// <summary>Forgets the stored token once it has been used.</summary>
    public static Task<IdentityResult> ForgetAsync(UserManager<Account> manager, Account user, string purpose) =>
        manager.RemoveAuthenticationTokenAsync(user, LoginProvider, purpose);

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
