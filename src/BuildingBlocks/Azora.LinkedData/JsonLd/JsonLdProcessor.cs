using System.Text.Json;
using System.Text.Json.Nodes;
using Azora.LinkedData.Model;

namespace Azora.LinkedData.JsonLd;

/// <summary>JSON-LD 1.1 expansion and conversion to an RDF dataset, with contexts only from the given loader.</summary>
public sealed class JsonLdProcessor(IJsonLdContextLoader? loader = null, JsonLdOptions? options = null)
{
    private readonly ContextProcessor contexts = new(loader ?? BundledContextLoader.Default);
    private readonly JsonLdOptions options = options ?? new JsonLdOptions();

    // Shared by every document (processing never changes it), so that processed contexts are reused across documents.
    private readonly ActiveContext initial = new();

    /// <exception cref="JsonLdException">The document is not valid JSON-LD, or uses a context or feature this processor refuses.</exception>
    public JsonArray Expand(JsonElement document) =>
        new JsonLdExpander(contexts, options.SafeMode).Expand(document, initial);

    /// <summary>The document's RDF dataset (quads with document-local blank node labels).</summary>
    /// <exception cref="JsonLdException">The document is not valid JSON-LD, or uses a context or feature this processor refuses.</exception>
    public IReadOnlyList<Quad> ToRdf(JsonElement document) =>
        new RdfEmitter(options.SafeMode).Emit(Expand(document));
}
