using Azora.LinkedData.Model;

namespace Azora.LinkedData.Canonicalization;

/// <summary>The output of RDFC-1.0.</summary>
/// <param name="CanonicalNQuads">The canonical N-Quads document: one line per quad, sorted in code point order.</param>
/// <param name="Quads">The quads with canonical blank node labels, in the document's order.</param>
/// <param name="IssuedIdentifiers">Input blank node label to canonical label (c14nN), in the order issued.</param>
public sealed record CanonicalizationResult(
    string CanonicalNQuads,
    IReadOnlyList<Quad> Quads,
    IReadOnlyDictionary<string, string> IssuedIdentifiers);
