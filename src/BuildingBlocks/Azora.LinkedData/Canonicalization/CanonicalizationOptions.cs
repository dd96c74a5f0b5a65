namespace Azora.LinkedData.Canonicalization;

/// <summary>Parameters of one RDFC-1.0 run.</summary>
public sealed record CanonicalizationOptions
{
    /// <summary>
    /// The default work limit. Ordinary documents (credentials included) need a handful of
    /// Hash N-Degree Quads calls; the W3C suite's hardest positive cases need a few hundred.
    /// </summary>
    public const int DefaultMaxHashNDegreeCalls = 4_000;

    public CanonicalHashAlgorithm HashAlgorithm { get; init; } = CanonicalHashAlgorithm.Sha256;

    /// <summary>
    /// How many times the Hash N-Degree Quads algorithm may run (recursive calls included) before the
    /// run fails. RDFC-1.0 asks implementations to bound this work so that "poison" datasets,
    /// crafted to need exponential time, are refused instead of exhausting the machine.
    /// </summary>
    public int MaxHashNDegreeCalls { get; init; } = DefaultMaxHashNDegreeCalls;
}
