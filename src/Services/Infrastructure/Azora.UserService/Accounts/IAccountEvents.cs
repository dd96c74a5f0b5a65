using Azora.Contracts.UserService;

namespace Azora.UserService.Accounts;

/// <summary>
/// Where user-service announces what happened to accounts. Today the events are logged; when messaging arrives the
/// registration of this interface moves to the transactional outbox and no handler changes.
/// </summary>
internal interface IAccountEvents
{
    Task RegisteredAsync(AccountRegistered registered, CancellationToken cancellationToken);

    Task RolesChangedAsync(AccountRolesChanged changed, CancellationToken cancellationToken);
}
