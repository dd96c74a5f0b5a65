namespace Azora.Messaging.Tests.Ledger;

public static class LedgerService
{
    /// <summary>Not a catalog id: the ledger exists only in these tests.</summary>
    public const string Id = "ledger-test";
}
