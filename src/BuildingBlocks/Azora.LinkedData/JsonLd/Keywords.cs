using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Azora.LinkedData.JsonLd;

/// <summary>The JSON-LD 1.1 keywords and the IRI tests the algorithms rely on.</summary>
internal static partial class Keywords
{
    public static readonly FrozenSet<string> All = new[]
    {
        "@base", "@container", "@context", "@direction", "@graph", "@id", "@import", "@included", "@index", "@json",
        "@language", "@list", "@nest", "@none", "@prefix", "@propagate", "@protected", "@reverse", "@set", "@type",
        "@value", "@version", "@vocab",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKeyword(string value) => All.Contains(value);

    /// <summary>Looks like a keyword (<c>@</c> then letters) without being one: such terms are ignored, as the spec says.</summary>
    public static bool HasKeywordForm(string value) => KeywordForm().IsMatch(value);

    /// <summary>An absolute IRI: a scheme, then a colon.</summary>
    public static bool IsAbsoluteIri(string value) => AbsoluteIri().IsMatch(value);

    public static bool IsBlankNodeIdentifier(string value) => value.StartsWith("_:", StringComparison.Ordinal);

    /// <summary>Ends with a URI gen-delim character, so that a simple term mapping to it can serve as a prefix.</summary>
    public static bool EndsWithGenDelim(string iri) => iri.Length > 0 && ":/?#[]@".Contains(iri[^1], StringComparison.Ordinal);

    [GeneratedRegex("^@[a-zA-Z]+$")]
    private static partial Regex KeywordForm();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]*$")]
    private static partial Regex AbsoluteIri();
}
