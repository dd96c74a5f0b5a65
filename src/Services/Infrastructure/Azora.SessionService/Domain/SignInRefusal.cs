using Azora.Contracts.UserService;

namespace Azora.SessionService.Domain;

/// <summary>Why a sign-in was refused, in words a person can act on; <c>null</c> when the sign-in is good.</summary>
internal static class SignInRefusal
{
    public static string? Describe(CredentialCheckResult result, string codeField) => result.Outcome switch
    {
        CredentialCheckOutcome.Succeeded when result.Account is { Active: true } => null,
        CredentialCheckOutcome.Succeeded => "This account is deactivated.",
        CredentialCheckOutcome.InvalidCredentials => "The email or password is incorrect.",
        CredentialCheckOutcome.LockedOut when result.LockedOutUntil is { } until =>
            $"This account is locked after too many failed sign-ins until {until.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC.",
        CredentialCheckOutcome.LockedOut => "This account is locked after too many failed sign-ins.",
        CredentialCheckOutcome.EmailNotVerified => "The email address of this account is not verified yet.",
        CredentialCheckOutcome.TwoFactorRequired => $"A two-factor code is required: send the code from your authenticator app in '{codeField}'.",
        CredentialCheckOutcome.InvalidTwoFactorCode => "The two-factor code is incorrect.",
        _ => "The sign-in was refused.",
    };
}
