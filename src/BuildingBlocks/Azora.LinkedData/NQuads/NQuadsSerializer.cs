using System.Globalization;
using System.Text;
using Azora.LinkedData.Model;

namespace Azora.LinkedData.NQuads;

/// <summary>
/// Writes quads in canonical N-Quads (RDF 1.2 N-Quads, canonical form, as RDFC-1.0 requires):
/// single spaces between terms, " ." then a single LF after each quad, no comments,
/// xsd:string datatypes omitted, and the exact escaping rules below.
/// </summary>
public static class NQuadsSerializer
{
    /// <summary>Serializes the quads in the order given, one line each.</summary>
    public static string Serialize(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        var builder = new StringBuilder();
        foreach (var quad in quads)
        {
            AppendQuad(builder, quad);
        }

        return builder.ToString();
    }

    /// <summary>One quad as one canonical line, including its terminating LF.</summary>
    public static string SerializeQuad(Quad quad)
    {
        ArgumentNullException.ThrowIfNull(quad);
        var builder = new StringBuilder();
        AppendQuad(builder, quad);
        return builder.ToString();
    }

    public static string SerializeTerm(RdfTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var builder = new StringBuilder();
        AppendTerm(builder, term);
        return builder.ToString();
    }

    private static void AppendQuad(StringBuilder builder, Quad quad)
    {
        AppendTerm(builder, quad.Subject);
        builder.Append(' ');
        AppendTerm(builder, quad.Predicate);
        builder.Append(' ');
        AppendTerm(builder, quad.Object);
        if (quad.Graph is not null)
        {
            builder.Append(' ');
            AppendTerm(builder, quad.Graph);
        }

        builder.Append(" .\n");
    }

    private static void AppendTerm(StringBuilder builder, RdfTerm term)
    {
        switch (term)
        {
            case Iri iri:
                AppendIri(builder, iri.Value);
                break;
            case BlankNode blankNode:
                builder.Append("_:").Append(blankNode.Label);
                break;
            case Literal literal:
                AppendLiteral(builder, literal);
                break;
            default:
                throw new ArgumentException($"Unknown RDF term type {term.GetType().Name}.", nameof(term));
        }
    }

    private static void AppendIri(StringBuilder builder, string value)
    {
        builder.Append('<');
        foreach (var character in value)
        {
            // Characters IRIREF cannot hold directly only reach here through a UCHAR in the input;
            // writing them back as UCHAR keeps the output parseable and stable.
            if (character <= ' ' || character is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                AppendUChar(builder, character);
            }
            else
            {
                builder.Append(character);
            }
        }

        builder.Append('>');
    }

    private static void AppendLiteral(StringBuilder builder, Literal literal)
    {
        builder.Append('"');
        foreach (var character in literal.LexicalForm)
        {
            switch (character)
            {
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                default:
                    // Remaining control characters have no ECHAR form: canonical N-Quads uses \uXXXX (upper-case hex).
                    if (character < 0x20 || character == 0x7F)
                    {
                        AppendUChar(builder, character);
                    }
                    else
                    {
                        builder.Append(character);
                    }

                    break;
            }
        }

        builder.Append('"');
        if (literal.Language is not null)
        {
            builder.Append('@').Append(literal.Language);
        }
        else if (literal.Datatype != RdfVocabulary.XsdString)
        {
            builder.Append("^^");
            AppendIri(builder, literal.Datatype);
        }
    }

    private static void AppendUChar(StringBuilder builder, char character) =>
        builder.Append("\\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
}
