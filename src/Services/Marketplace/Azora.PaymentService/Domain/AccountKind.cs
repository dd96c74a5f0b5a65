namespace Azora.PaymentService.Domain;

/// <summary>What an account is for.</summary>
internal enum AccountKind
{
    /// <summary>A learner's or seller's own money.</summary>
    Wallet,

    /// <summary>The platform's earned revenue.</summary>
    Revenue,

    /// <summary>Fees the platform collects.</summary>
    Fees,

    /// <summary>Money held for a deal until it completes.</summary>
    Escrow,

    /// <summary>The mirror of money at an outside payment provider; it goes negative as money comes in from outside.</summary>
    ProviderClearing,

    /// <summary>The platform's source of learn-to-earn AZR; it goes negative as rewards are granted.</summary>
    Rewards,
}

internal static class AccountKinds
{
    private static readonly Dictionary<string, AccountKind> ByName = new(StringComparer.Ordinal)
    {
        ["wallet"] = AccountKind.Wallet,
        ["revenue"] = AccountKind.Revenue,
        ["fees"] = AccountKind.Fees,
        ["escrow"] = AccountKind.Escrow,
        ["provider-clearing"] = AccountKind.ProviderClearing,
        ["rewards"] = AccountKind.Rewards,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out AccountKind kind) => ByName.TryGetValue(name ?? "", out kind);

    public static string NameOf(AccountKind kind) => ByName.Single(pair => pair.Value == kind).Key;
}
