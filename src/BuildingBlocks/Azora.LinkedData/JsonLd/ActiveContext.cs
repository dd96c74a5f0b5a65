namespace Azora.LinkedData.JsonLd;

/// <summary>The state context processing builds and expansion reads: terms, the vocabulary mapping, defaults.</summary>
internal sealed class ActiveContext
{
    public Dictionary<string, TermDefinition?> Terms { get; private init; } = new(StringComparer.Ordinal);

    public string? BaseIri { get; set; }

    public string? Vocabulary { get; set; }

    public string? DefaultLanguage { get; set; }

    /// <summary>The context to return to when a non-propagated (type-scoped) context stops applying.</summary>
    public ActiveContext? PreviousContext { get; set; }

    public ActiveContext Clone() => new()
    {
        Terms = new Dictionary<string, TermDefinition?>(Terms, StringComparer.Ordinal),
        BaseIri = BaseIri,
        Vocabulary = Vocabulary,
        DefaultLanguage = DefaultLanguage,
        PreviousContext = PreviousContext,
    };

    public TermDefinition? Term(string term) => Terms.GetValueOrDefault(term);

    public bool HasProtectedTerms => Terms.Values.Any(definition => definition?.Protected == true);
}
