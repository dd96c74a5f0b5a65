using System.Text;
using Azora.LinkedData.Model;
using Azora.LinkedData.NQuads;

namespace Azora.LinkedData.Canonicalization;

/// <summary>
/// RDFC-1.0 section 4.6, Hash First Degree Quads: hash the quads mentioning a blank node, with that
/// node written as _:a and every other blank node as _:z, serialized, sorted and concatenated.
/// </summary>
internal static class FirstDegreeHashing
{
    private static readonly BlankNode Reference = new("a");
    private static readonly BlankNode Other = new("z");

    public static string Hash(CanonicalizationState state, string blankNode)
    {
        var lines = state.QuadsMentioning(blankNode)
            .Select(quad => NQuadsSerializer.SerializeQuad(new Quad(
                Replace(quad.Subject, blankNode),
                quad.Predicate,
                Replace(quad.Object, blankNode),
                quad.Graph is null ? null : Replace(quad.Graph, blankNode))))
            .ToList();
        lines.Sort(CodePointComparer.Instance);

        var joined = new StringBuilder();
        foreach (var line in lines)
        {
            joined.Append(line);
        }

        return state.Hash.HashHex(joined.ToString());
    }

    private static RdfTerm Replace(RdfTerm term, string reference) => term switch
    {
        BlankNode node when node.Label == reference => Reference,
        BlankNode => Other,
        _ => term,
    };
}
