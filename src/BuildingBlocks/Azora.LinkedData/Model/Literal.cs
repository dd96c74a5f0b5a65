namespace Azora.LinkedData.Model;

/// <summary>
/// A literal. A language-tagged literal always has the datatype rdf:langString (RDF 1.1 Concepts);
/// a literal without a datatype is an xsd:string.
/// </summary>
public sealed record Literal : RdfTerm
{
    public Literal(string lexicalForm, string? datatype = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        if (language is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(language);
            if (datatype is not null && datatype != RdfVocabulary.RdfLangString)
            {
                throw new ArgumentException("A language-tagged literal has the datatype rdf:langString.", nameof(datatype));
            }

            datatype = RdfVocabulary.RdfLangString;
        }
        else if (datatype == RdfVocabulary.RdfLangString)
        {
            throw new ArgumentException("An rdf:langString literal needs a language tag.", nameof(language));
        }

        LexicalForm = lexicalForm;
        Datatype = datatype ?? RdfVocabulary.XsdString;
        Language = language;
    }

    public string LexicalForm { get; }

    public string Datatype { get; }

    public string? Language { get; }
}
