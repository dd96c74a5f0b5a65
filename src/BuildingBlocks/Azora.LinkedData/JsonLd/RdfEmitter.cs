using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azora.LinkedData.Model;

namespace Azora.LinkedData.JsonLd;

/// <summary>
/// Deserialize JSON-LD to RDF (JSON-LD 1.1 API, section 8.5) over an expanded document: node objects become
/// subjects (fresh blank nodes when they have no @id), graph objects become named graphs, value objects
/// literals (numbers in their canonical xsd forms, @json as rdf:JSON in JCS), list objects rdf:first/rest chains.
/// Equal quads may be emitted twice where one node appears twice; a dataset counts them once.
/// </summary>
internal sealed class RdfEmitter(bool safeMode)
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    private static readonly Iri RdfType = new(Rdf + "type");
    private static readonly Iri RdfFirst = new(Rdf + "first");
    private static readonly Iri RdfRest = new(Rdf + "rest");
    private static readonly Iri RdfNil = new(Rdf + "nil");

    private readonly List<Quad> quads = [];
    private readonly Dictionary<string, BlankNode> blankNodes = new(StringComparer.Ordinal);
    private int nextBlankNode;

    public List<Quad> Emit(JsonArray expanded)
    {
        foreach (var node in expanded.OfType<JsonObject>())
        {
            EmitNode(node, graph: null);
        }

        return quads;
    }

    private RdfTerm? EmitNode(JsonObject node, RdfTerm? graph)
    {
        var subject = node["@id"] is JsonValue id ? TermFor(id.GetValue<string>(), "@id") : NewBlankNode();
        foreach (var type in node["@type"] as JsonArray ?? [])
        {
            var typeTerm = TermFor(type!.GetValue<string>(), "@type");
            Add(subject, RdfType, typeTerm, graph);
        }

        foreach (var (property, values) in node)
        {
            if (Keywords.IsKeyword(property) || values is not JsonArray items)
            {
                continue;
            }

            var predicate = TermFor(property, property) as Iri;
            foreach (var item in items.OfType<JsonObject>())
            {
                var objectTerm = ObjectFor(item, graph);
                if (predicate is not null)
                {
                    Add(subject, predicate, objectTerm, graph);
                }
            }
        }

        if (node["@graph"] is JsonArray members && subject is not null)
        {
            foreach (var member in members.OfType<JsonObject>())
            {
                EmitNode(member, subject);
            }
        }

        return subject;
    }

    private RdfTerm? ObjectFor(JsonObject item, RdfTerm? graph)
    {
        if (item.ContainsKey("@value"))
        {
            return LiteralFor(item);
        }

        if (item["@list"] is JsonArray list)
        {
            return EmitList(list, graph);
        }

        return EmitNode(item, graph);
    }

    private RdfTerm EmitList(JsonArray list, RdfTerm? graph)
    {
        var items = list.OfType<JsonObject>().ToList();
        if (items.Count == 0)
        {
            return RdfNil;
        }

        var cells = items.Select(_ => (RdfTerm)NewBlankNode()).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            Add(cells[i], RdfFirst, ObjectFor(items[i], graph), graph);
            Add(cells[i], RdfRest, i + 1 < cells.Count ? cells[i + 1] : RdfNil, graph);
        }

        return cells[0];
    }

    private Literal? LiteralFor(JsonObject valueObject)
    {
        var value = valueObject["@value"];
        var datatype = valueObject["@type"]?.GetValue<string>();
        var language = valueObject["@language"]?.GetValue<string>();
        if (datatype == "@json")
        {
            return new Literal(CanonicalJson.Serialize(value), Rdf + "JSON");
        }

        if (datatype is not null && !Keywords.IsAbsoluteIri(datatype))
        {
            return safeMode ? throw new JsonLdException("invalid typed value", $"The datatype '{datatype}' is not an absolute IRI.") : null;
        }

        if (language is { Length: 0 })
        {
            throw new JsonLdException("invalid language-tagged string", "A language tag cannot be empty.");
        }

        switch (value!.GetValueKind())
        {
            case JsonValueKind.True or JsonValueKind.False:
                return new Literal(value.GetValueKind() == JsonValueKind.True ? "true" : "false", datatype ?? Xsd + "boolean");
            case JsonValueKind.Number:
                return NumberLiteral(FiniteNumber(value), datatype);
            default:
                var text = value.GetValue<string>();
                return language is not null ? new Literal(text, language: language) : new Literal(text, datatype);
        }
    }

    private static double FiniteNumber(JsonNode value)
    {
        try
        {
            var number = value.GetValue<double>();
            return double.IsFinite(number) ? number : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new JsonLdException("invalid typed value", $"The number {value.ToJsonString()} is too large to represent.");
        }
    }

    private static Literal NumberLiteral(double number, string? datatype)
    {
        if (Math.Floor(number) == number && Math.Abs(number) < 1e21 && datatype != Xsd + "double")
        {
            return new Literal(number.ToString("F0", CultureInfo.InvariantCulture), datatype ?? Xsd + "integer");
        }

        return new Literal(CanonicalDouble(number), datatype ?? Xsd + "double");
    }

    /// <summary>The canonical xsd:double form JSON-LD prescribes: one digit, a fraction without trailing zeros, E, the exponent.</summary>
    internal static string CanonicalDouble(double number)
    {
        var text = number.ToString("0.000000000000000E+0", CultureInfo.InvariantCulture);
        var exponentAt = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = text[..exponentAt].TrimEnd('0');
        if (mantissa.EndsWith('.'))
        {
            mantissa += "0";
        }

        var exponent = int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    private RdfTerm? TermFor(string value, string where)
    {
        if (Keywords.IsBlankNodeIdentifier(value))
        {
            if (!blankNodes.TryGetValue(value, out var blankNode))
            {
                blankNode = NewBlankNode();
                blankNodes.Add(value, blankNode);
            }

            return blankNode;
        }

        if (Keywords.IsAbsoluteIri(value))
        {
            return new Iri(value);
        }

        return safeMode
            ? throw new JsonLdException("relative IRI", $"'{value}' ({where}) is not an absolute IRI, so it cannot be expressed in RDF.")
            : null;
    }

    private BlankNode NewBlankNode() => new("b" + nextBlankNode++.ToString(CultureInfo.InvariantCulture));

    private void Add(RdfTerm? subject, Iri predicate, RdfTerm? @object, RdfTerm? graph)
    {
        if (subject is not null && @object is not null)
        {
            quads.Add(new Quad(subject, predicate, @object, graph));
        }
    }
}
