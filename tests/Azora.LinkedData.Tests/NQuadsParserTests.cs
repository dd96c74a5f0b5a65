using Azora.LinkedData.Model;
using Azora.LinkedData.NQuads;

namespace Azora.LinkedData.Tests;

public sealed class NQuadsParserTests
{
    [Fact]
    public void Reads_every_kind_of_term_and_the_optional_graph()
    {
        const string document =
            "# a comment line\n" +
            "<urn:ex:s> <urn:ex:p> <urn:ex:o> .\n" +
            "_:b0\t<urn:ex:p>  \"plain\" <urn:ex:g> . # trailing comment\n" +
            "\n" +
            "_:b0 <urn:ex:p> \"chat\"@fr-BE _:g1 .\r\n" +
            "<urn:ex:s> <urn:ex:p> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .";

        var quads = NQuadsParser.Parse(document);

        Assert.Equal(4, quads.Count);
        Assert.Equal(new Quad(new Iri("urn:ex:s"), new Iri("urn:ex:p"), new Iri("urn:ex:o")), quads[0]);
        Assert.Equal(new Quad(new BlankNode("b0"), new Iri("urn:ex:p"), new Literal("plain"), new Iri("urn:ex:g")), quads[1]);
        Assert.Equal(new Quad(new BlankNode("b0"), new Iri("urn:ex:p"), new Literal("chat", language: "fr-BE"), new BlankNode("g1")), quads[2]);
        var typed = Assert.IsType<Literal>(quads[3].Object);
        Assert.Equal("http://www.w3.org/2001/XMLSchema#integer", typed.Datatype);
    }

    [Fact]
    public void Resolves_string_and_unicode_escapes()
    {
        var quad = NQuadsParser.Parse("<urn:ex:\\u0065x> <urn:ex:p> \"\\t\\b\\n\\r\\f\\\"\\'\\\\ \\u221e \\U0001F303\" .")[0];

        Assert.Equal("urn:ex:ex", ((Iri)quad.Subject).Value);
        Assert.Equal("\t\b\n\r\f\"'\\ \u221e \U0001F303", ((Literal)quad.Object).LexicalForm);
    }

    [Fact]
    public void A_blank_node_label_does_not_swallow_the_final_dot()
    {
        var quad = NQuadsParser.Parse("<urn:ex:s> <urn:ex:p> _:b.1.")[0];

        Assert.Equal(new BlankNode("b.1"), quad.Object);
    }

    [Theory]
    [InlineData("<urn:ex:s> <urn:ex:p> <urn:ex:o>", "Expected '.'")]
    [InlineData("\"literal\" <urn:ex:p> <urn:ex:o> .", "subject")]
    [InlineData("<urn:ex:s> _:p <urn:ex:o> .", "predicate")]
    [InlineData("<urn:ex:s> <urn:ex:p> \"open .", "unterminated literal")]
    [InlineData("<urn:ex:s> <urn:ex:p> <urn:ex:o> \"g\" .", "graph name")]
    [InlineData("<urn:ex:s> <urn:ex:p> <has space> .", "not allowed in an IRI")]
    [InlineData("<relative> <urn:ex:p> <urn:ex:o> .", "absolute IRI")]
    [InlineData("<urn:ex:s> <urn:ex:p> \"x\\q\" .", "Unknown escape")]
    [InlineData("<urn:ex:s> <urn:ex:p> <urn:ex:o> . extra", "Unexpected text")]
    public void Rejects_invalid_statements_naming_the_problem(string line, string expectedMessagePart)
    {
        var error = Assert.Throws<NQuadsFormatException>(() => NQuadsParser.Parse("<urn:ex:a> <urn:ex:b> <urn:ex:c> .\n" + line));

        Assert.Equal(2, error.Line);
        Assert.Contains(expectedMessagePart, error.Message, StringComparison.Ordinal);
    }
}
