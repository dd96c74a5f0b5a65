using System.Text.Json;

namespace Azora.LinkedData.JsonLd;

/// <summary>One term of an active context (JSON-LD 1.1 Processing Algorithms, section 4.1).</summary>
internal sealed record TermDefinition
{
    /// <summary>The IRI (or keyword, or blank node identifier) the term expands to; null for a term defined as null.</summary>
    public string? IriMapping { get; init; }

    public bool Reverse { get; init; }

    /// <summary>An absolute IRI, or one of <c>@id</c>, <c>@vocab</c>, <c>@json</c>, <c>@none</c>.</summary>
    public string? TypeMapping { get; init; }

    public IReadOnlySet<string> Container { get; init; } = EmptyContainer;

    /// <summary>Whether a language mapping was given; <see cref="Language"/> null then means "no language".</summary>
    public bool HasLanguage { get; init; }

    public string? Language { get; init; }

    public string? Index { get; init; }

    public bool Prefix { get; init; }

    public bool Protected { get; init; }

    /// <summary>The scoped context (type-scoped or property-scoped), kept unprocessed until it applies.</summary>
    public JsonElement? LocalContext { get; init; }

    private static readonly IReadOnlySet<string> EmptyContainer = new HashSet<string>(StringComparer.Ordinal);

    public bool HasContainer(string keyword) => Container.Contains(keyword);

    /// <summary>The same definition apart from protection: a protected term may be "redefined" to exactly itself.</summary>
    public bool SameAs(TermDefinition other) =>
        IriMapping == other.IriMapping
        && Reverse == other.Reverse
        && TypeMapping == other.TypeMapping
        && Container.SetEquals(other.Container)
        && HasLanguage == other.HasLanguage
        && Language == other.Language
        && Index == other.Index
        && Prefix == other.Prefix
        && LocalContext?.GetRawText() == other.LocalContext?.GetRawText();
}
