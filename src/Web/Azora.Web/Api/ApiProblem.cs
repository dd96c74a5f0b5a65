using System.Net;
using System.Text.Json;

namespace Azora.Web.Api;

/// <summary>
/// A refusal from an API (RFC 9457 problem details) in words a person reads: one sentence for the page and one per
/// field named in <c>errors</c>, shown next to that field.
/// </summary>
public sealed record ApiProblem(int Status, string Message, IReadOnlyDictionary<string, string> FieldErrors)
{
    public static ApiProblem Unavailable { get; } = new((int)HttpStatusCode.ServiceUnavailable,
        "That part of Azora is not answering right now. Please try again in a moment.", new Dictionary<string, string>());

    public bool IsNotFound => Status == (int)HttpStatusCode.NotFound;

    /// <summary>The sentence for a field, matched without regard to case or to a leading path (<c>answers[0].text</c> matches <c>text</c> only exactly).</summary>
    public string? For(string field) =>
        FieldErrors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Reads a problem document; anything else (an HTML error page, an empty body) becomes a sentence for its status.</summary>
    public static ApiProblem From(HttpStatusCode status, string body)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? title = null;
        string? detail = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                title = Text(root, "title");
                detail = Text(root, "detail");
                if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in errors.EnumerateObject())
                    {
                        var messages = field.Value.ValueKind == JsonValueKind.Array
                            ? field.Value.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!)
                            : [];
                        fields[field.Name] = string.Join(" ", messages);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not a problem document: the status alone says what happened.
        }
        var message = fields.Count > 0 && detail is null
            ? "Some of what you entered needs another look; see the notes beside the fields."
            : detail ?? title ?? Sentence(status);
        return new ApiProblem((int)status, message, fields);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static string Sentence(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => "Please sign in again.",
        HttpStatusCode.Forbidden => "You are not allowed to do that.",
        HttpStatusCode.NotFound => "We could not find that.",
        HttpStatusCode.Conflict => "That has already been done or clashes with something else.",
        HttpStatusCode.TooManyRequests => "Too many requests just now. Please wait a moment and try again.",
        _ when (int)status >= 500 => "Something went wrong on our side. Please try again in a moment.",
        _ => "That request was not accepted.",
    };
}
