using Azora.LinkedData.Model;
using Azora.LinkedData.NQuads;

namespace Azora.LinkedData.Tests;

/// <summary>Canonical N-Quads form (RDF 1.2 N-Quads), the serialization RDFC-1.0 hashes.</summary>
public sealed class NQuadsSerializerTests
{
    [Fact]
    public void Literals_escape_only_what_canonical_form_requires()
    {
        var quad = NQuadsParser.Parse("<urn:ex:s> <urn:ex:p> \"\\u0008\\u0009\\u000a\\u000b\\u000c\\u000d\\u0022\\u005c\\u007f\\u0000 ' \\u221e \\U0001F303\" .")[0];

        Assert.Equal(
            "<urn:ex:s> <urn:ex:p> \"\\b\\t\\n\\u000B\\f\\r\\\"\\\\\\u007F\\u0000 ' \u221e \U0001F303\" .\n",
            NQuadsSerializer.SerializeQuad(quad));
    }

    [Fact]
    public void Iris_write_characters_as_is_except_those_iriref_forbids()
    {
        var quad = NQuadsParser.Parse("<urn:ex:\\u221e> <urn:ex:p> <urn:ex:\\u0020\\u003E> .")[0];

        Assert.Equal("<urn:ex:\u221e> <urn:ex:p> <urn:ex:\\u0020\\u003E> .\n", NQuadsSerializer.SerializeQuad(quad));
    }

    [Fact]
    public void String_datatype_is_omitted_and_other_datatypes_and_languages_are_written()
    {
        var quads = new[]
        {
            new Quad(new BlankNode("b0"), new Iri("urn:ex:p"), new Literal("a", RdfVocabulary.XsdString)),
            new Quad(new BlankNode("b0"), new Iri("urn:ex:p"), new Literal("b", language: "en")),
            new Quad(new BlankNode("b0"), new Iri("urn:ex:p"), new Literal("1", "http://www.w3.org/2001/XMLSchema#integer"), new BlankNode("g")),
        };

        Assert.Equal(
            "_:b0 <urn:ex:p> \"a\" .\n" +
            "_:b0 <urn:ex:p> \"b\"@en .\n" +
            "_:b0 <urn:ex:p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> _:g .\n",
            NQuadsSerializer.Serialize(quads));
    }

    [Fact]
    public void Parsing_the_serialized_form_gives_the_same_quads()
    {
        const string canonical =
            "<urn:ex:s> <urn:ex:p> \"tab\\there\\nand \\\"quotes\\\"\"@en-GB <urn:ex:g> .\n" +
            "_:x <urn:ex:p> \"\\u0001\"^^<urn:ex:dt> .\n";

        Assert.Equal(canonical, NQuadsSerializer.Serialize(NQuadsParser.Parse(canonical)));
    }
}
