namespace Azora.LinkedData.Canonicalization;

/// <summary>
/// All orderings of a list of blank node identifiers for Hash N-Degree Quads. RDFC-1.0 takes the
/// minimum over every permutation, but when two permutations give the same path, the first one seen
/// decides the issuer, so the order matters for interoperability: this follows the order widely
/// deployed implementations (and the W3C expected outputs) use - start from the sorted list and step
/// with the Steinhaus-Johnson-Trotter algorithm (swap the largest "mobile" element, then reverse the
/// direction of every larger element).
/// </summary>
internal static class Permutations
{
    public static IEnumerable<IReadOnlyList<string>> Of(IReadOnlyList<string> items)
    {
        var current = items.ToArray();
        Array.Sort(current, StringComparer.Ordinal);
        var distinct = current.Distinct(StringComparer.Ordinal).ToArray();
        var pointsLeft = distinct.ToDictionary(item => item, _ => true, StringComparer.Ordinal);

        while (true)
        {
            yield return current.ToArray();

            var mobileIndex = -1;
            for (var index = 0; index < current.Length; index++)
            {
                var neighbour = pointsLeft[current[index]] ? index - 1 : index + 1;
                if (neighbour >= 0 && neighbour < current.Length &&
                    string.CompareOrdinal(current[index], current[neighbour]) > 0 &&
                    (mobileIndex < 0 || string.CompareOrdinal(current[index], current[mobileIndex]) > 0))
                {
                    mobileIndex = index;
                }
            }

            if (mobileIndex < 0)
            {
                yield break;
            }

            var mobile = current[mobileIndex];
            var target = pointsLeft[mobile] ? mobileIndex - 1 : mobileIndex + 1;
            (current[mobileIndex], current[target]) = (current[target], current[mobileIndex]);
            // Per position, as deployed implementations do: a repeated identifier is flipped once per occurrence.
            foreach (var item in current)
            {
                if (string.CompareOrdinal(item, mobile) > 0)
                {
                    pointsLeft[item] = !pointsLeft[item];
                }
            }
        }
    }
}
