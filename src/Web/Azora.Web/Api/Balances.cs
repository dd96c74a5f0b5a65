namespace Azora.Web.Api;

/// <summary>Sums of a person's payment-service accounts.</summary>
public static class Balances
{
    /// <summary>The AZR a person holds in their wallet accounts (rewards earned), in hundredths.</summary>
    public static long Azr(MoneyWallet wallet) =>
        wallet.Accounts.Where(a => a.Currency == "AZR" && a.Kind == "wallet").Sum(a => a.Balance);
}
