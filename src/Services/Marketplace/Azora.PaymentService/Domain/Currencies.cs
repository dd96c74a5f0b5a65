using System.Collections.Frozen;

namespace Azora.PaymentService.Domain;

/// <summary>
/// The currencies the ledger keeps: ISO 4217's active codes with their minor-unit exponents (the ISO 4217 list one,
/// excluding precious metals, testing and "no currency" codes), plus <c>AZR</c>, the platform's learn-to-earn unit.
/// Amounts are always whole minor units: cents for USD and ZAR, yen for JPY, fils for KWD.
/// </summary>
internal static class Currencies
{
    public const string Azr = "AZR";

    private const string TwoDecimals =
        "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW " +
        "CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR " +
        "ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV " +
        "MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD " +
        "SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG";

    private const string NoDecimals = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";

    private const string ThreeDecimals = "BHD IQD JOD KWD LYD OMR TND";

    private const string FourDecimals = "CLF UYW";

    /// <summary>Each code with its exponent: the number of digits after the decimal point of a major unit.</summary>
    public static readonly FrozenDictionary<string, int> MinorUnits = Parse(TwoDecimals, 2)
        .Concat(Parse(NoDecimals, 0))
        .Concat(Parse(ThreeDecimals, 3))
        .Concat(Parse(FourDecimals, 4))
        .Append(KeyValuePair.Create(Azr, 2))
        .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="code"/> is a known code, spelt exactly (three upper-case letters).</summary>
    public static bool IsKnown(string? code) => code is not null && MinorUnits.ContainsKey(code);

    private static IEnumerable<KeyValuePair<string, int>> Parse(string codes, int exponent) =>
        codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(code => KeyValuePair.Create(code, exponent));
}
