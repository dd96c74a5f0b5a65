using System.Text;
using Azora.LinkedData.Model;

namespace Azora.LinkedData.Canonicalization;

/// <summary>
/// RDFC-1.0 section 4.8, Hash N-Degree Quads: distinguishes blank nodes whose first degree hashes tie by
/// exploring, for each group of related blank nodes, every ordering (and recursively the nodes it reaches)
/// and keeping the lexicographically least path. Each call spends one unit of the run's work budget.
/// </summary>
internal static class NDegreeHashing
{
    public static NDegreeHashResult Hash(CanonicalizationState state, string identifier, IdentifierIssuer issuer)
    {
        state.SpendHashNDegreeCall();

        var relatedByHash = GroupRelatedBlankNodes(state, identifier, issuer);
        var dataToHash = new StringBuilder();
        foreach (var relatedHash in relatedByHash.Keys.Order(CodePointComparer.Instance))
        {
            dataToHash.Append(relatedHash);
            string? chosenPath = null;
            IdentifierIssuer? chosenIssuer = null;

            foreach (var permutation in Permutations.Of(relatedByHash[relatedHash]))
            {
                var path = ExplorePermutation(state, permutation, issuer, chosenPath, out var issuerCopy);
                if (path is not null && (chosenPath is null || CodePointComparer.Instance.Compare(path, chosenPath) < 0))
                {
                    chosenPath = path;
                    chosenIssuer = issuerCopy;
                }
            }

            dataToHash.Append(chosenPath);
            issuer = chosenIssuer!;
        }

        return new NDegreeHashResult(state.Hash.HashHex(dataToHash.ToString()), issuer);
    }

    /// <summary>Steps 1-3: hash every blank node related to <paramref name="identifier"/> through its quads.</summary>
    private static Dictionary<string, List<string>> GroupRelatedBlankNodes(
        CanonicalizationState state, string identifier, IdentifierIssuer issuer)
    {
        var relatedByHash = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var quad in state.QuadsMentioning(identifier))
        {
            AddRelated(quad.Subject, RelatedBlankNodeHashing.SubjectPosition);
            AddRelated(quad.Object, RelatedBlankNodeHashing.ObjectPosition);
            AddRelated(quad.Graph, RelatedBlankNodeHashing.GraphPosition);

            void AddRelated(RdfTerm? component, string position)
            {
                if (component is not BlankNode related || related.Label == identifier)
                {
                    return;
                }

                var hash = RelatedBlankNodeHashing.Hash(state, related.Label, quad, issuer, position);
                if (!relatedByHash.TryGetValue(hash, out var list))
                {
                    list = [];
                    relatedByHash.Add(hash, list);
                }

                list.Add(related.Label);
            }
        }

        return relatedByHash;
    }

    /// <summary>
    /// Step 5.4 for one permutation: the path it produces, or null once it can no longer beat
    /// <paramref name="chosenPath"/> (the specification's "skip to the next permutation").
    /// </summary>
    private static string? ExplorePermutation(
        CanonicalizationState state,
        IReadOnlyList<string> permutation,
        IdentifierIssuer issuer,
        string? chosenPath,
        out IdentifierIssuer issuerCopy)
    {
        issuerCopy = issuer.Copy();
        var path = new StringBuilder();
        var recursionList = new List<string>();

        foreach (var related in permutation)
        {
            if (state.CanonicalIssuer.TryGetIssued(related, out var canonical))
            {
                path.Append("_:").Append(canonical);
            }
            else
            {
                if (!issuerCopy.HasIssued(related))
                {
                    recursionList.Add(related);
                }

                path.Append("_:").Append(issuerCopy.Issue(related));
            }

            if (CannotBeChosen(path, chosenPath))
            {
                return null;
            }
        }

        foreach (var related in recursionList)
        {
            var result = Hash(state, related, issuerCopy);
            path.Append("_:").Append(issuerCopy.Issue(related));
            path.Append('<').Append(result.Hash).Append('>');
            issuerCopy = result.Issuer;
            if (CannotBeChosen(path, chosenPath))
            {
                return null;
            }
        }

        return path.ToString();
    }

    private static bool CannotBeChosen(StringBuilder path, string? chosenPath)
    {
        if (chosenPath is null || path.Length < chosenPath.Length)
        {
            return false;
        }

        return CodePointComparer.Instance.Compare(path.ToString(), chosenPath) > 0;
    }
}
