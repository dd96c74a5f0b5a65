using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Azora.Education.Features.LinkedData;

/// <summary>Content negotiation for public pages that also speak schema.org JSON-LD.</summary>
internal static class JsonLd
{
    public const string MediaType = "application/ld+json";
    public const string Context = "https://schema.org";

    /// <summary>True when the client lists <c>application/ld+json</c> in <c>Accept</c> and does not refuse it (q=0).</summary>
    public static bool IsWanted(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        return accept.Any(a => a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
    }

    /// <summary>The document as <c>application/ld+json</c>; the answer varies by <c>Accept</c>, so caches keep both.</summary>
    public static JsonHttpResult<JsonObject> Result(HttpResponse response, JsonObject document)
    {
        response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        return TypedResults.Json(document, contentType: MediaType);
    }

    public static JsonObject Node(string type, params (string Name, JsonNode? Value)[] properties)
    {
        var node = new JsonObject { ["@type"] = type };
        foreach (var (name, value) in properties)
        {
            if (value is not null)
            {
                node[name] = value;
            }
        }
        return node;
    }

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);
}
