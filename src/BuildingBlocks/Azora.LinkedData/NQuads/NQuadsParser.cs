using System.Globalization;
using System.Text;
using Azora.LinkedData.Model;

namespace Azora.LinkedData.NQuads;

/// <summary>
/// Parses RDF 1.1 N-Quads: one statement per line, terms separated by spaces or tabs,
/// comments starting with '#', ECHAR and UCHAR escapes resolved into the returned terms.
/// </summary>
public static class NQuadsParser
{
    public static IReadOnlyList<Quad> Parse(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var quads = new List<Quad>();
        var lines = document.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            var quad = new LineReader(line, index + 1).ReadStatement();
            if (quad is not null)
            {
                quads.Add(quad);
            }
        }

        return quads;
    }

    /// <summary>Reads the single statement (or nothing) on one line.</summary>
    private sealed class LineReader(string text, int lineNumber)
    {
        private int position;

        public Quad? ReadStatement()
        {
            SkipWhitespace();
            if (AtEndOrComment())
            {
                return null;
            }

            var subject = ReadTerm("subject");
            if (subject is Literal)
            {
                throw Error("A subject must be an IRI or a blank node.");
            }

            SkipWhitespace();
            if (ReadTerm("predicate") is not Iri predicate)
            {
                throw Error("A predicate must be an IRI.");
            }

            SkipWhitespace();
            var @object = ReadTerm("object");
            SkipWhitespace();
            RdfTerm? graph = null;
            if (AtEndOrComment())
            {
                throw Error("Expected '.' at the end of the statement.");
            }

            if (Peek() != '.')
            {
                graph = ReadTerm("graph name");
                if (graph is Literal)
                {
                    throw Error("A graph name must be an IRI or a blank node.");
                }

                SkipWhitespace();
            }

            Expect('.');
            SkipWhitespace();
            if (!AtEndOrComment())
            {
                throw Error("Unexpected text after the end of the statement.");
            }

            return new Quad(subject, predicate, @object, graph);
        }

        private RdfTerm ReadTerm(string role) => Peek() switch
        {
            '<' => new Iri(ReadIri()),
            '_' => ReadBlankNode(),
            '"' => ReadLiteral(),
            _ => throw Error($"Expected the {role}."),
        };

        private string ReadIri()
        {
            Expect('<');
            var value = new StringBuilder();
            while (true)
            {
                var character = Next("an unterminated IRI");
                if (character == '>')
                {
                    break;
                }

                if (character == '\\')
                {
                    if (Peek() is not ('u' or 'U'))
                    {
                        throw Error("Only \\u and \\U escapes are allowed in an IRI.");
                    }

                    AppendUChar(value);
                }
                else if (character <= ' ' || character is '<' or '"' or '{' or '}' or '|' or '^' or '`')
                {
                    throw Error($"The character U+{(int)character:X4} is not allowed in an IRI.");
                }
                else
                {
                    value.Append(character);
                }
            }

            var iri = value.ToString();
            if (!HasScheme(iri))
            {
                throw Error($"<{iri}> is not an absolute IRI.");
            }

            return iri;
        }

        private BlankNode ReadBlankNode()
        {
            Expect('_');
            Expect(':');
            var start = position;
            while (position < text.Length && IsLabelCharacter(text[position]))
            {
                position++;
            }

            // A label cannot end with '.', so a trailing dot belongs to the statement terminator.
            while (position > start && text[position - 1] == '.')
            {
                position--;
            }

            if (position == start || text[start] is '-' or '.')
            {
                throw Error("Invalid blank node label.");
            }

            return new BlankNode(text[start..position]);
        }

        private Literal ReadLiteral()
        {
            Expect('"');
            var value = new StringBuilder();
            while (true)
            {
                var character = Next("an unterminated literal");
                if (character == '"')
                {
                    break;
                }

                if (character == '\\')
                {
                    AppendEscape(value);
                }
                else
                {
                    value.Append(character);
                }
            }

            if (Peek() == '@')
            {
                position++;
                return new Literal(value.ToString(), language: ReadLanguageTag());
            }

            if (Peek() == '^')
            {
                Expect('^');
                Expect('^');
                return new Literal(value.ToString(), datatype: ReadIri());
            }

            return new Literal(value.ToString());
        }

        private string ReadLanguageTag()
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiLetter(text[position]) ||
                   (position > start && (char.IsAsciiDigit(text[position]) || text[position] == '-'))))
            {
                position++;
            }

            var tag = text[start..position];
            if (tag.Length == 0 || tag.EndsWith('-') || tag.Contains("--", StringComparison.Ordinal))
            {
                throw Error("Invalid language tag.");
            }

            return tag;
        }

        private void AppendEscape(StringBuilder value)
        {
            var escape = Next("an unterminated escape");
            switch (escape)
            {
                case 't': value.Append('\t'); break;
                case 'b': value.Append('\b'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 'f': value.Append('\f'); break;
                case '"': value.Append('"'); break;
                case '\'': value.Append('\''); break;
                case '\\': value.Append('\\'); break;
                case 'u' or 'U':
                    position--;
                    AppendUChar(value);
                    break;
                default:
                    throw Error($"Unknown escape \\{escape}.");
            }
        }

        private void AppendUChar(StringBuilder value)
        {
            var length = Next("an escape") == 'u' ? 4 : 8;
            if (position + length > text.Length ||
                !int.TryParse(text.AsSpan(position, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint) ||
                codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
            {
                throw Error("Invalid \\u or \\U escape.");
            }

            position += length;
            value.Append(char.ConvertFromUtf32(codePoint));
        }

        // N-Quads holds absolute IRIs; a colon is the cheap, lenient sign of a scheme (as in "urn:x" or "http://...").
        private static bool HasScheme(string iri) => iri.IndexOf(':', StringComparison.Ordinal) > 0;

        // PN_CHARS and '.', loosely: ASCII letters, digits, '_', '-', '.', and any non-ASCII character.
        private static bool IsLabelCharacter(char character) =>
            char.IsAsciiLetterOrDigit(character) || character is '_' or '-' or '.' || character > 0x7F;

        private void SkipWhitespace()
        {
            while (position < text.Length && text[position] is ' ' or '\t')
            {
                position++;
            }
        }

        private bool AtEndOrComment() => position >= text.Length || text[position] == '#';

        private char Peek() => position < text.Length ? text[position] : '\0';

        private char Next(string whatIsMissing)
        {
            if (position >= text.Length)
            {
                throw Error($"The line ends inside {whatIsMissing}.");
            }

            return text[position++];
        }

        private void Expect(char expected)
        {
            if (Peek() != expected)
            {
                throw Error($"Expected '{expected}'.");
            }

            position++;
        }

        private NQuadsFormatException Error(string message) => new(message, lineNumber, position + 1);
    }
}
