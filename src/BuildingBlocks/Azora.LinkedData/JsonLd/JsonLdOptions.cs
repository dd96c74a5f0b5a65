namespace Azora.LinkedData.JsonLd;

/// <summary>How a <see cref="JsonLdProcessor"/> treats a document.</summary>
public sealed record JsonLdOptions
{
    /// <summary>
    /// Refuse, instead of silently dropping, what cannot become RDF: undefined terms and relative IRIs.
    /// Data Integrity requires this, since dropped data would not be covered by the signature.
    /// </summary>
    public bool SafeMode { get; init; } = true;
}
