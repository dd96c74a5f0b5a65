using Azora.UserService.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Azora.UserService.Identity;

/// <summary>
/// Identity's user manager with lockout measured on the injected <see cref="TimeProvider"/> (the base class reads the
/// system clock), so a lockout ends when the platform's clock says so, in production and under a test clock alike.
/// </summary>
internal sealed class AccountManager(
    IUserStore<Account> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<Account> passwordHasher,
    IEnumerable<IUserValidator<Account>> userValidators,
    IEnumerable<IPasswordValidator<Account>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<Account>> logger,
    TimeProvider clock)
    : UserManager<Account>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private IUserLockoutStore<Account> LockoutStore =>
        Store as IUserLockoutStore<Account> ?? throw new NotSupportedException("The account store does not support lockout.");

    public override async Task<bool> IsLockedOutAsync(Account user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await LockoutStore.GetLockoutEnabledAsync(user, CancellationToken))
        {
            return false;
        }
        var end = await LockoutStore.GetLockoutEndDateAsync(user, CancellationToken);
        return end > clock.GetUtcNow();
    }

    public override async Task<IdentityResult> AccessFailedAsync(Account user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var failures = await LockoutStore.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (failures >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await LockoutStore.SetLockoutEndDateAsync(user, clock.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
            await LockoutStore.ResetAccessFailedCountAsync(user, CancellationToken);
        }
        return await UpdateUserAsync(user);
    }
}
