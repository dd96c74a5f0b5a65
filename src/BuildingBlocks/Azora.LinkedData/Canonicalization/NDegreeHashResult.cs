namespace Azora.LinkedData.Canonicalization;

/// <summary>The hash of a Hash N-Degree Quads run and the issuer holding the identifiers it issued.</summary>
internal sealed record NDegreeHashResult(string Hash, IdentifierIssuer Issuer);
