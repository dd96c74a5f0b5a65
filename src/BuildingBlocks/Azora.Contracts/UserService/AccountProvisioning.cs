namespace Azora.Contracts.UserService;

/// <summary>
/// Creates accounts from the operator's command line (<c>azora users add</c>), inside the process that hosts user-service:
/// the account is verified and holds the given roles. Implemented by user-service.
/// </summary>
public interface IAccountProvisioner
{
    Task<AccountProvisioningResult> CreateAsync(string email, string password, IReadOnlyList<string> roles, CancellationToken cancellationToken);
}

/// <summary>Either the new account, or the reasons it was refused (password policy, a taken email, an unknown role).</summary>
public sealed record AccountProvisioningResult(AccountSummary? Account, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Account is not null;
}
