using System.Globalization;

namespace Azora.Web.Api;

/// <summary>Amounts in minor units (two decimals for ZAR and AZR) written for people.</summary>
public static class Money
{
    public static string Amount(long minor, string currency) =>
        $"{(minor / 100m).ToString("N2", CultureInfo.InvariantCulture)} {currency}";

    public static string Price(long minor, string currency) => minor == 0 ? "Free" : Amount(minor, currency);
}
