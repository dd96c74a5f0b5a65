using Azora.LinkedData.Model;

namespace Azora.LinkedData.Canonicalization;

/// <summary>
/// The canonicalization state of RDFC-1.0 (section 4.2): the blank node to quads map, the canonical
/// issuer (prefix c14n), the hash function, plus a cache of first degree hashes (they never change
/// during a run) and the work budget that stops poison datasets.
/// </summary>
internal sealed class CanonicalizationState
{
    private readonly Dictionary<string, List<Quad>> quadsByBlankNode = new(StringComparer.Ordinal);
    private readonly List<string> blankNodesInOrder = [];
    private readonly Dictionary<string, string> firstDegreeHashes = new(StringComparer.Ordinal);
    private readonly int maxHashNDegreeCalls;
    private int hashNDegreeCalls;

    public CanonicalizationState(IEnumerable<Quad> quads, CanonicalizationOptions options)
    {
        Hash = new HashFunction(options.HashAlgorithm);
        maxHashNDegreeCalls = options.MaxHashNDegreeCalls;
        foreach (var quad in quads)
        {
            AddMention(quad.Subject, quad);
            AddMention(quad.Object, quad);
            AddMention(quad.Graph, quad);
        }
    }

    public HashFunction Hash { get; }

    public IdentifierIssuer CanonicalIssuer { get; } = new("c14n");

    /// <summary>Blank node identifiers in the order they first occur in the input.</summary>
    public IReadOnlyList<string> BlankNodes => blankNodesInOrder;

    public IReadOnlyList<Quad> QuadsMentioning(string blankNode) => quadsByBlankNode[blankNode];

    public string FirstDegreeHash(string blankNode)
    {
        if (!firstDegreeHashes.TryGetValue(blankNode, out var hash))
        {
            hash = FirstDegreeHashing.Hash(this, blankNode);
            firstDegreeHashes.Add(blankNode, hash);
        }

        return hash;
    }

    /// <summary>Counts one Hash N-Degree Quads call, refusing the dataset once the budget is spent.</summary>
    public void SpendHashNDegreeCall()
    {
        if (++hashNDegreeCalls > maxHashNDegreeCalls)
        {
            throw new CanonicalizationLimitExceededException(
                $"Canonicalization needed more than {maxHashNDegreeCalls} Hash N-Degree Quads calls; the dataset is refused as a possible poison graph.");
        }
    }

    private void AddMention(RdfTerm? term, Quad quad)
    {
        if (term is not BlankNode blankNode)
        {
            return;
        }

        if (!quadsByBlankNode.TryGetValue(blankNode.Label, out var quads))
        {
            quads = [];
            quadsByBlankNode.Add(blankNode.Label, quads);
            blankNodesInOrder.Add(blankNode.Label);
        }

        // A quad naming the same blank node twice (say as subject and object) is listed once.
        if (quads.Count == 0 || !ReferenceEquals(quads[^1], quad))
        {
            quads.Add(quad);
        }
    }
}
