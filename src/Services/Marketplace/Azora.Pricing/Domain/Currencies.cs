using System.Collections.Frozen;

namespace Azora.Pricing.Domain;

/// <summary>
/// The currencies a price book may be kept in: ISO 4217's active codes with the number of digits of their minor unit
/// (cents for ZAR and EUR, none for JPY, three for KWD), plus <c>AZR</c>, the platform's learn-to-earn unit.
/// </summary>
internal static class Currencies
{
    public const string Default = "ZAR";

    private static readonly (string Codes, int Digits)[] Table =
    [
        ("AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CNY COP CRC " +
         "CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD " +
         "KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO " +
         "NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL " +
         "THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST XCD YER ZAR ZMW ZWG AZR", 2),
        ("BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF", 0),
        ("BHD IQD JOD KWD LYD OMR TND", 3),
    ];

    private static readonly FrozenDictionary<string, int> Digits = Table
        .SelectMany(row => row.Codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(code => KeyValuePair.Create(code, row.Digits)))
        .ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && Digits.ContainsKey(code);

    /// <summary>How many minor units make one major unit: 100 for ZAR, 1 for JPY, 1000 for KWD.</summary>
    public static long MinorPerMajor(string code) => Digits[code] switch
    {
        0 => 1,
        3 => 1000,
        _ => 100,
    };
}
