namespace Azora.LinkedData.Canonicalization;

/// <summary>The hash algorithm RDFC-1.0 runs with; SHA-256 is the default the specification names.</summary>
public enum CanonicalHashAlgorithm
{
    Sha256,
    Sha384,
}
