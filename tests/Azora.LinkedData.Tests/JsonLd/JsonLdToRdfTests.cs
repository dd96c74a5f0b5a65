using System.Text.Json;
using Azora.LinkedData.JsonLd;
using Azora.LinkedData.NQuads;

namespace Azora.LinkedData.Tests.JsonLd;

public sealed class JsonLdToRdfTests
{
    private const string Ob = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#";

    private static string NQuads(string json, JsonLdProcessor? processor = null)
    {
        using var document = JsonDocument.Parse(json);
        return NQuadsSerializer.Serialize((processor ?? new JsonLdProcessor()).ToRdf(document.RootElement));
    }

    private static JsonLdException Refused(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Assert.Throws<JsonLdException>(() => new JsonLdProcessor().ToRdf(document.RootElement));
    }

    [Fact]
    public void An_open_badge_credential_expands_through_the_type_scoped_contexts_of_vc_and_ob()
    {
        var nquads = NQuads("""
            {
              "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
              "id": "urn:uuid:1",
              "type": ["VerifiableCredential", "OpenBadgeCredential"],
              "issuer": {"id": "did:web:azora.example", "type": "Profile", "name": "Azora"},
              "validFrom": "2026-01-01T00:00:00Z",
              "credentialSubject": {
                "id": "urn:uuid:learner",
                "type": "AchievementSubject",
                "achievement": {
                  "id": "urn:uuid:course",
                  "type": "Achievement",
                  "name": "SQL",
                  "criteria": {"narrative": "Complete every lesson."},
                  "alignment": [{"type": "Alignment", "targetName": "SQL joins", "targetUrl": "https://azora.example/skills/sql-joins"}]
                }
              }
            }
            """);

        Assert.Contains($"<urn:uuid:1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{Ob}OpenBadgeCredential> .", nquads, StringComparison.Ordinal);
        Assert.Contains($"<urn:uuid:learner> <{Ob}achievement> <urn:uuid:course> .", nquads, StringComparison.Ordinal);
        Assert.Contains($"<urn:uuid:course> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{Ob}Achievement> .", nquads, StringComparison.Ordinal);
        Assert.Contains("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/AlignmentObject> .", nquads, StringComparison.Ordinal);
        Assert.Contains("<https://schema.org/targetName> \"SQL joins\" .", nquads, StringComparison.Ordinal);
        Assert.Contains($"<{Ob}narrative> \"Complete every lesson.\" .", nquads, StringComparison.Ordinal);
        Assert.Contains("<did:web:azora.example> <https://schema.org/name> \"Azora\" .", nquads, StringComparison.Ordinal);
        Assert.DoesNotContain("issuer-dependent", nquads, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_literals_lists_languages_and_numbers_take_their_rdf_forms()
    {
        var nquads = NQuads("""
            {
              "@context": {
                "@vocab": "https://example.org/",
                "data": {"@type": "@json"},
                "steps": {"@container": "@list"},
                "label": {"@language": "en"},
                "ratio": {"@type": "http://www.w3.org/2001/XMLSchema#double"}
              },
              "@id": "https://example.org/thing",
              "data": {"b": [1, 2.5], "a": "x"},
              "steps": ["one", "two"],
              "label": "Hello",
              "count": 3,
              "share": 5.5,
              "ratio": 2,
              "done": true
            }
            """);

        Assert.Contains("\"{\\\"a\\\":\\\"x\\\",\\\"b\\\":[1,2.5]}\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON>", nquads, StringComparison.Ordinal);
        Assert.Contains("<http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"one\" .", nquads, StringComparison.Ordinal);
        Assert.Contains("<http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .", nquads, StringComparison.Ordinal);
        Assert.Contains("<https://example.org/label> \"Hello\"@en .", nquads, StringComparison.Ordinal);
        Assert.Contains("\"3\"^^<http://www.w3.org/2001/XMLSchema#integer>", nquads, StringComparison.Ordinal);
        Assert.Contains("\"5.5E0\"^^<http://www.w3.org/2001/XMLSchema#double>", nquads, StringComparison.Ordinal);
        Assert.Contains("\"2.0E0\"^^<http://www.w3.org/2001/XMLSchema#double>", nquads, StringComparison.Ordinal);
        Assert.Contains("\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>", nquads, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_node_labels_in_the_document_are_kept_apart_and_shared()
    {
        var nquads = NQuads("""
            {"@context": {"@vocab": "https://example.org/"}, "@id": "_:x", "knows": {"@id": "_:y", "knows": {"@id": "_:x"}}}
            """);

        Assert.Equal(["_:b0 <https://example.org/knows> _:b1 .", "_:b1 <https://example.org/knows> _:b0 ."], nquads.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_type_scoped_context_inside_an_embedded_context_applies_to_its_node()
    {
        // W3C JSON-LD 1.1 toRdf test c039.
        var nquads = NQuads("""
            {
              "@context": {"knows": "http://example.com/knows"},
              "@id": "http://example.com/alice",
              "knows": {
                "@context": {"Person": {"@id": "http://example.com/Person", "@context": {"name": "http://example.com/name"}}},
                "@id": "http://example.com/jane",
                "@type": "Person",
                "name": "Jane"
              }
            }
            """);

        Assert.Equal(
            [
                "<http://example.com/alice> <http://example.com/knows> <http://example.com/jane> .",
                "<http://example.com/jane> <http://example.com/name> \"Jane\" .",
                "<http://example.com/jane> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.com/Person> .",
            ],
            nquads.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_type_scoped_context_does_not_reach_into_nested_nodes_but_a_property_scoped_one_does()
    {
        var nquads = NQuads("""
            {
              "@context": {
                "@vocab": "https://example.org/",
                "Box": {"@id": "https://example.org/Box", "@context": {"label": "https://scoped.example/label"}},
                "holds": {"@id": "https://example.org/holds", "@context": {"size": "https://scoped.example/size"}}
              },
              "@id": "https://example.org/box",
              "@type": "Box",
              "label": "outer",
              "holds": {"@id": "https://example.org/item", "label": "inner", "size": "L"}
            }
            """);

        Assert.Contains("<https://example.org/box> <https://scoped.example/label> \"outer\" .", nquads, StringComparison.Ordinal);
        Assert.Contains("<https://example.org/item> <https://example.org/label> \"inner\" .", nquads, StringComparison.Ordinal);
        Assert.Contains("<https://example.org/item> <https://scoped.example/size> \"L\" .", nquads, StringComparison.Ordinal);
    }

    [Fact]
    public void Reused_contexts_never_carry_one_documents_inline_terms_into_another()
    {
        var processor = new JsonLdProcessor();
        var first = NQuads("""
            {"@context": ["https://www.w3.org/ns/credentials/v2", {"extra": "https://a.example/extra"}], "id": "urn:a", "extra": "x"}
            """, processor);
        var second = NQuads("""{"@context": "https://www.w3.org/ns/credentials/v2", "id": "urn:b", "name": "y"}""", processor);
        using var third = JsonDocument.Parse("""{"@context": "https://www.w3.org/ns/credentials/v2", "id": "urn:c", "extra": "z"}""");

        Assert.Contains("<urn:a> <https://a.example/extra> \"x\" .", first, StringComparison.Ordinal);
        Assert.Contains("<urn:b> <https://schema.org/name> \"y\" .", second, StringComparison.Ordinal);
        Assert.Equal("undefined term", Assert.Throws<JsonLdException>(() => processor.ToRdf(third.RootElement)).Code);
    }

    [Fact]
    public void An_unknown_context_is_refused_with_its_url_and_never_fetched()
    {
        var error = Refused("""{"@context": "https://evil.example/context.jsonld", "name": "x"}""");

        Assert.Equal("loading remote context failed", error.Code);
        Assert.Contains("https://evil.example/context.jsonld", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redefining_a_protected_vc_term_is_refused()
    {
        var error = Refused("""
            {"@context": ["https://www.w3.org/ns/credentials/v2", {"name": "https://evil.example/name"}], "name": "x"}
            """);

        Assert.Equal("protected term redefinition", error.Code);
    }

    [Fact]
    public void A_property_no_context_defines_is_refused_rather_than_dropped()
    {
        var error = Refused("""
            {"@context": "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "id": "urn:x", "type": "Achievement", "sneaky": "unsigned"}
            """);

        Assert.Equal("undefined term", error.Code);
        Assert.Contains("sneaky", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_identifier_is_refused()
    {
        var error = Refused("""{"@context": "https://www.w3.org/ns/credentials/v2", "id": "not-absolute", "name": "x"}""");

        Assert.Equal("relative IRI", error.Code);
    }

    [Theory]
    [InlineData("""{"@context": 42}""", "invalid local context")]
    [InlineData("""{"@context": {"@vocab": "https://example.org/"}, "@type": 7}""", "invalid type value")]
    [InlineData("""{"@context": {"@vocab": "https://example.org/"}, "@id": ["a"]}""", "invalid @id value")]
    [InlineData("""{"@context": {"@vocab": "https://example.org/"}, "x": {"@value": {"a": 1}}}""", "invalid value object value")]
    [InlineData("""{"@context": {"a": {"@id": "https://example.org/a", "@container": "@bogus"}}, "a": 1}""", "invalid container mapping")]
    [InlineData("""{"@context": {"@id": "https://example.org/id"}}""", "keyword redefinition")]
    [InlineData("""{"@context": {"@vocab": "https://example.org/"}, "@type": "@bogus"}""", "invalid type value")]
    [InlineData("""{"@context": {"@vocab": "https://example.org/"}, "@id": "@bogus", "a": 1}""", "invalid @id value")]
    [InlineData("""{"@context": {"@vocab": "https://example.org/", "@import": "https://example.org/c"}, "a": 1}""", "invalid context entry")]
    [InlineData("""{"@context": {"a": {"@id": "https://example.org/a", "@reverse": "https://example.org/b"}}, "a": 1}""", "invalid term definition")]
    [InlineData("""{"@context": {"a": "b:c", "b": "a:d"}, "a": 1}""", "cyclic IRI mapping")]
    [InlineData("""{"@context": {"@vocab": "https://example.org/", "@language": ""}, "a": "x"}""", "invalid language-tagged string")]
    [InlineData("""{"@context": {"@vocab": "https://example.org/"}, "a": 1e400}""", "invalid typed value")]
    [InlineData("""{"@context": {"@vocab": "https://example.org/", "j": {"@type": "@json"}}, "j": [1e400]}""", "invalid JSON literal")]
    public void Malformed_json_ld_is_refused_with_its_error_code(string json, string code)
    {
        Assert.Equal(code, Refused(json).Code);
    }
}
