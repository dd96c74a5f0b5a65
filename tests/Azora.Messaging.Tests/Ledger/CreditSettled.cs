using Azora.Contracts;

namespace Azora.Messaging.Tests.Ledger;

/// <summary>An event handled the way services handle other services' events: in a scope and transaction of the handler's own.</summary>
[MessageName("tests.credit-settled.v1")]
public sealed record CreditSettled(Guid EntryId);
