using System.Collections.Concurrent;
using Azora.Contracts.UserService;

namespace Azora.UserService.Tests;

/// <summary>What <see cref="AccountRegisteredHandler"/> received, shared by the host that runs it.</summary>
public sealed class ReceivedAccountEvents
{
    public ConcurrentQueue<AccountRegistered> Registered { get; } = new();
}

/// <summary>
/// Stands in for a service that subscribes to account events (audit-logging-service, later). Wolverine discovers it only
/// in the host <see cref="AccountEventDeliveryTests"/> starts, where it gives the event a route to a durable local queue.
/// </summary>
public static class AccountRegisteredHandler
{
    public static void Handle(AccountRegistered registered, ReceivedAccountEvents received) => received.Registered.Enqueue(registered);
}
