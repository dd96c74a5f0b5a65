using Wolverine.Attributes;

namespace Azora.Messaging.Tests.Ledger;

/// <summary>An integration event with a stable, versioned identity, as every Azora event has.</summary>
[MessageIdentity("tests.credit-recorded.v1")]
public sealed record CreditRecorded(Guid EntryId, string Account, long Amount);
