using System.ComponentModel.DataAnnotations;
using Azora.Contracts;
using Azora.Contracts.UserService;
using Azora.UserService.Accounts;
using Azora.UserService.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.UserService.Provisioning;

/// <summary>
/// Creates verified accounts for the operator (<c>azora users add</c>). A singleton that opens its own scope per call,
/// so the command can resolve it from the host's root services. Every rule of registration applies except email
/// verification: the operator vouches for the address.
/// </summary>
internal sealed class AccountProvisioner(IServiceScopeFactory scopes, TimeProvider clock) : IAccountProvisioner
{
    public async Task<AccountProvisioningResult> CreateAsync(
        string email, string password, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var refusals = new List<string>();
        if (!new EmailAddressAttribute().IsValid(email))
        {
            refusals.Add($"'{email}' is not an email address.");
        }
        refusals.AddRange(roles.Where(role => !Roles.IsKnown(role)).Select(role => $"'{role}' is not a role. Known roles: {string.Join(", ", Roles.All)}."));
        if (refusals.Count > 0)
        {
            return Refused(refusals);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var db = scope.ServiceProvider.GetRequiredService<UserDbContext>();
        var id = Guid.CreateVersion7();
        var account = new Account
        {
            Id = id,
            UserName = id.ToString("N"),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = email.Trim().Split('@')[0],
            CreatedAt = clock.GetUtcNow(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            return Refused([.. created.Errors.Select(e => e.Description)]);
        }
        var granted = await users.AddToRolesAsync(account, roles.Count > 0 ? roles.Distinct(StringComparer.Ordinal) : [Roles.Learner]);
        if (!granted.Succeeded)
        {
            return Refused([.. granted.Errors.Select(e => e.Description)]);
        }
        await transaction.CommitAsync(cancellationToken);
        return new AccountProvisioningResult(await users.SummaryAsync(account), []);
    }

    private static AccountProvisioningResult Refused(IReadOnlyList<string> errors) => new(null, errors);
}
