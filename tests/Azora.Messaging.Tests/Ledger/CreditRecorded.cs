using Azora.Contracts;

namespace Azora.Messaging.Tests.Ledger;

/// <summary>An integration event with a stable, versioned name, as every Azora contract has.</summary>
[MessageName("tests.credit-recorded.v1")]
public sealed record CreditRecorded(Guid EntryId, string Account, long Amount);
