using Azora.UserService.Data;
using Azora.UserService.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.UserService.Identity;

/// <summary>ASP.NET Core Identity as an API's credential store: no cookies, no sign-in manager, just accounts.</summary>
internal static class AccountIdentity
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>The purpose under which email verification tokens are stored (Identity's own constant).</summary>
    public const string EmailVerificationPurpose = UserManager<Account>.ConfirmEmailTokenPurpose;

    public static IServiceCollection AddAccountIdentity(this IServiceCollection services)
    {
        services.AddIdentityCore<Account>(options =>
            {
                options.Password.RequiredLength = PasswordRules.MinimumLength;
                options.Password.RequiredUniqueChars = 5;
                // Kinds of characters are judged by PasswordRules (any two), not by Identity's fixed four.
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;

                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;

                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Tokens.EmailConfirmationTokenProvider = EmailVerificationTokenProvider.Name;
            })
            .AddRoles<AccountRole>()
            .AddEntityFrameworkStores<UserDbContext>()
            .AddUserManager<AccountManager>()
            .AddPasswordValidator<AccountPasswordValidator>()
            .AddTokenProvider<EmailVerificationTokenProvider>(EmailVerificationTokenProvider.Name)
            .AddTokenProvider<AuthenticatorTokenProvider<Account>>(TokenOptions.DefaultAuthenticatorProvider);
        return services;
    }
}
