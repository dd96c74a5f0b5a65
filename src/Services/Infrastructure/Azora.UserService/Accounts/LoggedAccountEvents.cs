using Azora.Contracts.UserService;
using Microsoft.Extensions.Logging;

namespace Azora.UserService.Accounts;

/// <summary>Records account events in the structured log until they travel on the message bus.</summary>
internal sealed partial class LoggedAccountEvents(ILogger<LoggedAccountEvents> logger) : IAccountEvents
{
    public Task RegisteredAsync(AccountRegistered registered, CancellationToken cancellationToken)
    {
        LogRegistered(logger, registered.AccountId, registered.RegisteredAt);
        return Task.CompletedTask;
    }

    public Task RolesChangedAsync(AccountRolesChanged changed, CancellationToken cancellationToken)
    {
        LogRolesChanged(logger, changed.AccountId, changed.ChangedBy, string.Join(' ', changed.Roles));
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountId} registered at {RegisteredAt}")]
    private static partial void LogRegistered(ILogger logger, Guid accountId, DateTimeOffset registeredAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountId} now has roles [{Roles}], changed by {ChangedBy}")]
    private static partial void LogRolesChanged(ILogger logger, Guid accountId, Guid changedBy, string roles);
}
