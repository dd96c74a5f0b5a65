using System.ComponentModel.DataAnnotations;
using Azora.Contracts.UserService;
using Azora.ServiceDefaults.Security;
using Azora.UserService.Accounts;
using Azora.UserService.Data;
using Azora.UserService.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Azora.UserService.Features.CredentialChecks;

/// <summary>The wire shape of <see cref="CredentialCheckRequest"/>, with its limits.</summary>
internal sealed record CheckCredentialsRequest(
    [Required, EmailAddress, StringLength(OutboundEmail.AddressMaxLength)] string Email,
    [Required, StringLength(PasswordRules.MaximumLength)] string Password,
    [StringLength(CheckCredentials.TwoFactorCodeMaxLength)] string? TwoFactorCode);

/// <summary>
/// session-service asks whether a sign-in is good. Wrong passwords and wrong second factors count towards Identity's
/// lockout; the answer says why a sign-in failed only once the password has been proven, so it never confirms an
/// unverified or two-factor account to someone who does not know its password.
/// </summary>
internal static class CheckCredentials
{
    public const int TwoFactorCodeMaxLength = 32;

    public static void Map(IEndpointRouteBuilder internalApi) =>
        internalApi.MapPost("/credential-checks", HandleAsync)
            .RequireScope(UserServiceScopes.CredentialCheck)
            .WithName("CheckCredentials")
            .WithSummary("Check an email, password and second factor for session-service.");

    /// <summary>The check and what it changed (failed-attempt count, lockout) commit with its audit record.</summary>
    private static async Task<Ok<CredentialCheckResult>> HandleAsync(
        CheckCredentialsRequest request, UserManager<Account> users, AccountEventOutbox events, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        await using var transaction = await events.BeginChangeAsync(cancellationToken);
        var account = await users.FindByEmailAsync(request.Email.Trim());
        var result = await CheckAsync(request, users, account is { IsDeleted: false } ? account : null);
        await events.CommitAsync(AccountAudit.SignIn(request.Email, account?.Id, result, clock.GetUtcNow()), cancellationToken);
        return TypedResults.Ok(result);
    }

    private static async Task<CredentialCheckResult> CheckAsync(CheckCredentialsRequest request, UserManager<Account> users, Account? account)
    {
        if (account is null)
        {
            return Answer(CredentialCheckOutcome.InvalidCredentials);
        }
        if (await users.IsLockedOutAsync(account))
        {
            return Answer(CredentialCheckOutcome.LockedOut, lockedOutUntil: account.LockoutEnd);
        }
        if (!await users.CheckPasswordAsync(account, request.Password))
        {
            return await FailedAsync(users, account, CredentialCheckOutcome.InvalidCredentials);
        }
        if (!account.EmailConfirmed)
        {
            return Answer(CredentialCheckOutcome.EmailNotVerified);
        }
        if (account.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(request.TwoFactorCode))
            {
                return Answer(CredentialCheckOutcome.TwoFactorRequired);
            }
            if (!await SecondFactorHoldsAsync(users, account, request.TwoFactorCode))
            {
                return await FailedAsync(users, account, CredentialCheckOutcome.InvalidTwoFactorCode);
            }
        }

        await users.ResetAccessFailedCountAsync(account);
        return Answer(CredentialCheckOutcome.Succeeded, await users.SummaryAsync(account));
    }

    /// <summary>An authenticator code, or one of the recovery codes (each of which works once).</summary>
    private static async Task<bool> SecondFactorHoldsAsync(UserManager<Account> users, Account account, string code)
    {
        var digits = code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (digits.Length == 6 && digits.All(char.IsAsciiDigit)
            && await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            return true;
        }
        var redeemed = await users.RedeemTwoFactorRecoveryCodeAsync(account, code.Trim());
        return redeemed.Succeeded;
    }

    private static async Task<CredentialCheckResult> FailedAsync(UserManager<Account> users, Account account, CredentialCheckOutcome outcome)
    {
        await users.AccessFailedAsync(account);
        return await users.IsLockedOutAsync(account)
            ? Answer(CredentialCheckOutcome.LockedOut, lockedOutUntil: account.LockoutEnd)
            : Answer(outcome);
    }

    private static CredentialCheckResult Answer(
        CredentialCheckOutcome outcome, AccountSummary? account = null, DateTimeOffset? lockedOutUntil = null) =>
        new(outcome, account, lockedOutUntil);
}
