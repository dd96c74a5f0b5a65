using Azora.LinkedData.Model;
using Azora.LinkedData.NQuads;

namespace Azora.LinkedData.Canonicalization;

/// <summary>
/// RDF Dataset Canonicalization, RDFC-1.0 (W3C Recommendation, 21 May 2024): relabels the blank nodes of
/// a dataset deterministically (_:c14n0, _:c14n1, ...) so that isomorphic datasets give the same
/// canonical N-Quads document - the input that Data Integrity proofs such as eddsa-rdfc-2022 hash and sign.
/// </summary>
public sealed class RdfCanonicalizer(CanonicalizationOptions? options = null)
{
    private readonly CanonicalizationOptions options = options ?? new CanonicalizationOptions();

    /// <summary>Parses an N-Quads document and canonicalizes the dataset it describes.</summary>
    public CanonicalizationResult Canonicalize(string nquads) => Canonicalize(NQuadsParser.Parse(nquads));

    /// <exception cref="CanonicalizationLimitExceededException">The dataset needs more work than the options allow.</exception>
    public CanonicalizationResult Canonicalize(IEnumerable<Quad> dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);

        // A dataset is a set: repeated quads count once. Input order is kept: blank nodes whose N-degree hashes tie are labelled in order of first appearance.
        var quads = dataset.Distinct().ToList();
        var state = new CanonicalizationState(quads, options);

        foreach (var group in IssueIdentifiersForUniqueHashes(state))
        {
            IssueIdentifiersForSharedHash(state, group);
        }

        return BuildResult(state, quads);
    }

    /// <summary>
    /// Steps 3-4: hash every blank node's first degree quads; a node whose hash is unique gets its
    /// canonical identifier now, in hash order. The groups that share a hash are returned in hash order.
    /// </summary>
    private static List<List<string>> IssueIdentifiersForUniqueHashes(CanonicalizationState state)
    {
        var blankNodesByHash = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var blankNode in state.BlankNodes)
        {
            var hash = state.FirstDegreeHash(blankNode);
            if (!blankNodesByHash.TryGetValue(hash, out var group))
            {
                group = [];
                blankNodesByHash.Add(hash, group);
            }

            group.Add(blankNode);
        }

        var sharedHashGroups = new List<List<string>>();
        foreach (var hash in blankNodesByHash.Keys.Order(CodePointComparer.Instance))
        {
            var group = blankNodesByHash[hash];
            if (group.Count > 1)
            {
                sharedHashGroups.Add(group);
            }
            else
            {
                state.CanonicalIssuer.Issue(group[0]);
            }
        }

        return sharedHashGroups;
    }

    /// <summary>
    /// Step 5 for one group of blank nodes sharing a first degree hash: run Hash N-Degree Quads from each
    /// node not yet labelled, then issue canonical identifiers following the results in hash order
    /// (a stable sort, so equal hashes keep the input order), each in its temporary issuer's order.
    /// </summary>
    private static void IssueIdentifiersForSharedHash(CanonicalizationState state, List<string> group)
    {
        var hashPaths = new List<NDegreeHashResult>();
        foreach (var blankNode in group)
        {
            if (state.CanonicalIssuer.HasIssued(blankNode))
            {
                continue;
            }

            var temporaryIssuer = new IdentifierIssuer("b");
            temporaryIssuer.Issue(blankNode);
            hashPaths.Add(NDegreeHashing.Hash(state, blankNode, temporaryIssuer));
        }

        foreach (var result in hashPaths.OrderBy(result => result.Hash, CodePointComparer.Instance))
        {
            foreach (var existing in result.Issuer.IssueOrder)
            {
                state.CanonicalIssuer.Issue(existing);
            }
        }
    }

    /// <summary>Steps 6-7: relabel every quad with its canonical identifiers and sort the N-Quads lines.</summary>
    private static CanonicalizationResult BuildResult(CanonicalizationState state, List<Quad> quads)
    {
        var canonicalQuads = quads
            .Select(quad => new Quad(
                Relabel(state, quad.Subject),
                quad.Predicate,
                Relabel(state, quad.Object),
                quad.Graph is null ? null : Relabel(state, quad.Graph)))
            .Select(quad => (Quad: quad, Line: NQuadsSerializer.SerializeQuad(quad)))
            .OrderBy(entry => entry.Line, CodePointComparer.Instance)
            .ToList();

        var issued = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var existing in state.CanonicalIssuer.IssueOrder)
        {
            state.CanonicalIssuer.TryGetIssued(existing, out var canonical);
            issued.Add(existing, canonical);
        }

        return new CanonicalizationResult(
            string.Concat(canonicalQuads.Select(entry => entry.Line)),
            canonicalQuads.Select(entry => entry.Quad).ToList(),
            issued);
    }

    private static RdfTerm Relabel(CanonicalizationState state, RdfTerm term) =>
        term is BlankNode blankNode ? new BlankNode(state.CanonicalIssuer.Issue(blankNode.Label)) : term;
}
