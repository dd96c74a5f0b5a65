namespace Azora.LinkedData.Canonicalization;

/// <summary>
/// The RDFC-1.0 identifier issuer: hands out prefix + counter for each new existing identifier
/// and remembers the order of issue (the canonical algorithm replays that order).
/// </summary>
internal sealed class IdentifierIssuer
{
    private readonly string prefix;
    private readonly Dictionary<string, string> issued;
    private readonly List<string> issueOrder;

    public IdentifierIssuer(string prefix)
        : this(prefix, new Dictionary<string, string>(StringComparer.Ordinal), [])
    {
    }

    private IdentifierIssuer(string prefix, Dictionary<string, string> issued, List<string> issueOrder)
    {
        this.prefix = prefix;
        this.issued = issued;
        this.issueOrder = issueOrder;
    }

    /// <summary>Existing identifiers in the order they were issued an identifier.</summary>
    public IReadOnlyList<string> IssueOrder => issueOrder;

    public string Issue(string existing)
    {
        if (issued.TryGetValue(existing, out var identifier))
        {
            return identifier;
        }

        identifier = prefix + issueOrder.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        issued.Add(existing, identifier);
        issueOrder.Add(existing);
        return identifier;
    }

    public bool TryGetIssued(string existing, out string identifier) =>
        issued.TryGetValue(existing, out identifier!);

    public bool HasIssued(string existing) => issued.ContainsKey(existing);

    public IdentifierIssuer Copy() =>
        new(prefix, new Dictionary<string, string>(issued, StringComparer.Ordinal), [.. issueOrder]);
}
