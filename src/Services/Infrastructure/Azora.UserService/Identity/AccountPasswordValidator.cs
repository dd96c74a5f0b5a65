using Azora.UserService.Data;
using Azora.UserService.Domain;
using Microsoft.AspNetCore.Identity;

namespace Azora.UserService.Identity;

/// <summary>Adds <see cref="PasswordRules"/> to Identity's own length and uniqueness checks.</summary>
internal sealed class AccountPasswordValidator : IPasswordValidator<Account>
{
    public Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }
        if (password.Length > PasswordRules.MaximumLength)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = $"Passwords must be at most {PasswordRules.MaximumLength} characters.",
            }));
        }
        var violations = PasswordRules.Violations(password, user.Email);
        return Task.FromResult(violations.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. violations.Select(v => new IdentityError { Code = "PasswordRules", Description = v })]));
    }
}
