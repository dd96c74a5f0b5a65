using Azora.LinkedData.Model;

namespace Azora.LinkedData.Canonicalization;

/// <summary>
/// RDFC-1.0 section 4.7, Hash Related Blank Node: hash how a related blank node is attached to a quad -
/// its position (s, o or g), the predicate unless the position is g, and the related node's canonical
/// identifier, else its identifier from the path issuer, else its first degree hash.
/// </summary>
internal static class RelatedBlankNodeHashing
{
    public const string SubjectPosition = "s";
    public const string ObjectPosition = "o";
    public const string GraphPosition = "g";

    public static string Hash(CanonicalizationState state, string related, Quad quad, IdentifierIssuer issuer, string position)
    {
        var input = position;
        if (position != GraphPosition)
        {
            input += "<" + quad.Predicate.Value + ">";
        }

        if (state.CanonicalIssuer.TryGetIssued(related, out var canonical))
        {
            input += "_:" + canonical;
        }
        else if (issuer.TryGetIssued(related, out var temporary))
        {
            input += "_:" + temporary;
        }
        else
        {
            input += state.FirstDegreeHash(related);
        }

        return state.Hash.HashHex(input);
    }
}
