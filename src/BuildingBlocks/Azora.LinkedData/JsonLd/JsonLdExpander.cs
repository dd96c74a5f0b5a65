using System.Text.Json;
using System.Text.Json.Nodes;

namespace Azora.LinkedData.JsonLd;

/// <summary>
/// The JSON-LD 1.1 Expansion algorithm (section 5.1) with value expansion (5.3): scoped and type-scoped
/// contexts, protected terms, @vocab, @id/@vocab/@json/typed coercion, @language, @list, @set and @graph
/// containers. In safe mode a property that no context defines is an error instead of being dropped silently,
/// because dropped data would be unsigned data.
/// </summary>
internal sealed class JsonLdExpander(ContextProcessor contexts, bool safeMode)
{
    public JsonArray Expand(JsonElement document, ActiveContext initial)
    {
        var expanded = Expand(initial, null, document, fromMap: false);
        if (expanded is JsonObject onlyGraph && onlyGraph.Count == 1 && onlyGraph["@graph"] is JsonArray graph)
        {
            onlyGraph.Remove("@graph");
            return graph;
        }

        return expanded switch
        {
            null => [],
            JsonArray array => array,
            _ => [expanded],
        };
    }

    private JsonNode? Expand(ActiveContext active, string? activeProperty, JsonElement element, bool fromMap)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var propertyScoped = activeProperty is null ? null : active.Term(activeProperty)?.LocalContext;
        if (element.ValueKind == JsonValueKind.Array)
        {
            return ExpandArray(active, activeProperty, element, fromMap);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            if (activeProperty is null or "@graph")
            {
                return null;
            }

            if (propertyScoped is { } scopedContext)
            {
                active = contexts.Process(active, scopedContext, overrideProtected: true);
            }

            return ExpandValue(active, activeProperty, element);
        }

        if (active.PreviousContext is { } previous && !fromMap && !KeepsTypeScopedContext(active, element))
        {
            active = previous;
        }

        if (propertyScoped is { } propertyContext)
        {
            active = contexts.Process(active, propertyContext, overrideProtected: true);
        }

        if (element.TryGetProperty("@context", out var embedded))
        {
            active = contexts.Process(active, embedded);
        }

        var typeScoped = active;
        foreach (var key in element.EnumerateObject().Select(entry => entry.Name).Order(StringComparer.Ordinal))
        {
            if (contexts.ExpandIri(active, key, vocab: true) != "@type")
            {
                continue;
            }

            var value = element.GetProperty(key);
            var types = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
            foreach (var term in types.Where(type => type.ValueKind == JsonValueKind.String).Select(type => type.GetString()!).Order(StringComparer.Ordinal))
            {
                if (typeScoped.Term(term)?.LocalContext is { } typeContext)
                {
                    active = contexts.Process(active, typeContext, propagate: false);
                }
            }
        }

        var result = new JsonObject();
        ExpandEntries(active, typeScoped, activeProperty, element, result);
        return Finish(activeProperty, result);
    }

    /// <summary>Step 7: a value object, or a bare node reference, keeps the type-scoped context; anything else reverts it.</summary>
    private bool KeepsTypeScopedContext(ActiveContext active, JsonElement element)
    {
        var expandedKeys = element.EnumerateObject().Select(entry => contexts.ExpandIri(active, entry.Name, vocab: true)).ToList();
        return expandedKeys.Contains("@value") || (expandedKeys.Count == 1 && expandedKeys[0] == "@id");
    }

    private JsonArray ExpandArray(ActiveContext active, string? activeProperty, JsonElement element, bool fromMap)
    {
        var result = new JsonArray();
        var isList = activeProperty is not null && active.Term(activeProperty)?.HasContainer("@list") == true;
        foreach (var item in element.EnumerateArray())
        {
            var expanded = Expand(active, activeProperty, item, fromMap);
            if (isList && expanded is JsonArray nested)
            {
                expanded = new JsonObject { ["@list"] = nested };
            }

            if (expanded is JsonArray items)
            {
                foreach (var child in items.ToList())
                {
                    Detach(child!);
                    result.Add(child);
                }
            }
            else if (expanded is not null)
            {
                result.Add(expanded);
            }
        }

        return result;
    }

    private void ExpandEntries(ActiveContext active, ActiveContext typeScoped, string? activeProperty, JsonElement element, JsonObject result)
    {
        var inputType = InputType(active, element);
        foreach (var entry in element.EnumerateObject().OrderBy(entry => entry.Name, StringComparer.Ordinal))
        {
            var key = entry.Name;
            var value = entry.Value;
            if (key == "@context")
            {
                continue;
            }

            var property = contexts.ExpandIri(active, key, vocab: true);
            if (property is null || (!property.Contains(':', StringComparison.Ordinal) && !Keywords.IsKeyword(property)))
            {
                if (safeMode)
                {
                    throw new JsonLdException("undefined term", $"The property '{key}' is not defined by any context, so it would be dropped from the signed data.");
                }

                continue;
            }

            if (Keywords.IsKeyword(property))
            {
                ExpandKeyword(active, typeScoped, activeProperty, property, value, inputType, result);
                continue;
            }

            var definition = active.Term(key);
            JsonNode? expanded;
            if (definition?.TypeMapping == "@json")
            {
                expanded = new JsonObject { ["@value"] = JsonNode.Parse(value.GetRawText()), ["@type"] = "@json" };
            }
            else if (definition?.HasContainer("@language") == true && value.ValueKind == JsonValueKind.Object)
            {
                expanded = ExpandLanguageMap(active, value);
            }
            else if (definition is not null && (definition.HasContainer("@index") || definition.HasContainer("@id") || definition.HasContainer("@type"))
                && value.ValueKind == JsonValueKind.Object)
            {
                throw new JsonLdException("invalid container mapping", $"The index, id or type map of '{key}' is not supported by this processor.");
            }
            else
            {
                expanded = Expand(active, key, value, fromMap: false);
            }

            if (expanded is null)
            {
                continue;
            }

            if (definition?.HasContainer("@list") == true && !IsListObject(expanded))
            {
                expanded = new JsonObject { ["@list"] = AsArray(expanded) };
            }

            if (definition?.HasContainer("@graph") == true && !definition.HasContainer("@id") && !definition.HasContainer("@index"))
            {
                var graphs = new JsonArray();
                foreach (var item in AsArray(expanded).ToList())
                {
                    Detach(item!);
                    graphs.Add(new JsonObject { ["@graph"] = AsArray(item) });
                }

                expanded = graphs;
            }

            Append(result, property, expanded);
        }
    }

    private void ExpandKeyword(
        ActiveContext active,
        ActiveContext typeScoped,
        string? activeProperty,
        string keyword,
        JsonElement value,
        string? inputType,
        JsonObject result)
    {
        if (result.ContainsKey(keyword) && keyword != "@type")
        {
            throw new JsonLdException("colliding keywords", $"Two entries expand to {keyword}.");
        }

        switch (keyword)
        {
            case "@id":
                if (value.ValueKind != JsonValueKind.String)
                {
                    throw new JsonLdException("invalid @id value", "@id must be a string.");
                }

                result["@id"] = NodeIdentifier(active, value.GetString()!);
                return;
            case "@type":
                ExpandTypes(typeScoped, value, result);
                return;
            case "@graph":
                result["@graph"] = AsArray(Expand(active, "@graph", value, fromMap: false));
                return;
            case "@value":
                if (inputType == "@json")
                {
                    result["@value"] = JsonNode.Parse(value.GetRawText());
                    return;
                }

                if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    throw new JsonLdException("invalid value object value", "@value must be a string, number, boolean or null.");
                }

                result["@value"] = value.ValueKind == JsonValueKind.Null ? null : JsonNode.Parse(value.GetRawText());
                return;
            case "@language":
                result["@language"] = value.ValueKind == JsonValueKind.String
                    ? value.GetString()
                    : throw new JsonLdException("invalid language-tagged string", "@language must be a string.");
                return;
            case "@index":
                result["@index"] = value.ValueKind == JsonValueKind.String
                    ? value.GetString()
                    : throw new JsonLdException("invalid @index value", "@index must be a string.");
                return;
            case "@list":
                if (activeProperty is null or "@graph")
                {
                    return;
                }

                result["@list"] = AsArray(Expand(active, activeProperty, value, fromMap: false));
                return;
            case "@set":
                result["@set"] = Expand(active, activeProperty, value, fromMap: false);
                return;
            default:
                throw new JsonLdException("invalid JSON-LD", $"The keyword {keyword} is not supported in a document by this processor.");
        }
    }

    private void ExpandTypes(ActiveContext typeScoped, JsonElement value, JsonObject result)
    {
        var values = value.ValueKind switch
        {
            JsonValueKind.String => [value],
            JsonValueKind.Array when value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String) => value.EnumerateArray().ToList(),
            _ => throw new JsonLdException("invalid type value", "@type must be a string or an array of strings."),
        };
        var expanded = new List<string>();
        foreach (var item in values)
        {
            if (contexts.ExpandIri(typeScoped, item.GetString()!, documentRelative: true, vocab: true) is { } type)
            {
                expanded.Add(type);
            }
            else if (safeMode)
            {
                throw new JsonLdException("invalid type value", $"The type '{item.GetString()}' looks like a keyword and expands to nothing.");
            }
        }

        if (expanded.Count == 0)
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.String && !result.ContainsKey("@type"))
        {
            result["@type"] = expanded[0];
            return;
        }

        var types = result["@type"] switch
        {
            JsonArray existing => existing,
            JsonValue single => new JsonArray(single.GetValue<string>()),
            _ => new JsonArray(),
        };
        foreach (var type in expanded)
        {
            types.Add(type);
        }

        result["@type"] = types;
    }

    private JsonArray ExpandLanguageMap(ActiveContext active, JsonElement map)
    {
        var result = new JsonArray();
        foreach (var entry in map.EnumerateObject().OrderBy(entry => entry.Name, StringComparer.Ordinal))
        {
            var items = entry.Value.ValueKind == JsonValueKind.Array ? entry.Value.EnumerateArray().ToList() : [entry.Value];
            foreach (var item in items)
            {
                if (item.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                if (item.ValueKind != JsonValueKind.String)
                {
                    throw new JsonLdException("invalid language map value", "A language map holds strings.");
                }

                var languageValue = new JsonObject { ["@value"] = item.GetString() };
                if (entry.Name != "@none" && contexts.ExpandIri(active, entry.Name, vocab: true) != "@none")
                {
                    languageValue["@language"] = entry.Name;
                }

                result.Add(languageValue);
            }
        }

        return result;
    }

    /// <summary>Value Expansion (section 5.3).</summary>
    private JsonObject ExpandValue(ActiveContext active, string activeProperty, JsonElement value)
    {
        var definition = active.Term(activeProperty);
        if (value.ValueKind == JsonValueKind.String)
        {
            if (definition?.TypeMapping == "@id")
            {
                return new JsonObject { ["@id"] = NodeIdentifier(active, value.GetString()!) };
            }

            if (definition?.TypeMapping == "@vocab")
            {
                return new JsonObject { ["@id"] = contexts.ExpandIri(active, value.GetString()!, documentRelative: true, vocab: true) };
            }
        }

        var result = new JsonObject { ["@value"] = JsonNode.Parse(value.GetRawText()) };
        if (definition?.TypeMapping is { } type and not ("@id" or "@vocab" or "@none"))
        {
            result["@type"] = type;
        }
        else if (value.ValueKind == JsonValueKind.String)
        {
            var language = definition is { HasLanguage: true } ? definition.Language : active.DefaultLanguage;
            if (language is not null)
            {
                result["@language"] = language;
            }
        }

        return result;
    }

    private string? NodeIdentifier(ActiveContext active, string value) =>
        contexts.ExpandIri(active, value, documentRelative: true)
            ?? (safeMode ? throw new JsonLdException("invalid @id value", $"The identifier '{value}' looks like a keyword and expands to nothing.") : null);

    /// <summary>The expanded last value of the first entry expanding to @type, which decides how @value is read.</summary>
    private string? InputType(ActiveContext active, JsonElement element)
    {
        foreach (var entry in element.EnumerateObject().OrderBy(entry => entry.Name, StringComparer.Ordinal))
        {
            if (contexts.ExpandIri(active, entry.Name, vocab: true) != "@type")
            {
                continue;
            }

            var last = entry.Value.ValueKind == JsonValueKind.Array ? entry.Value.EnumerateArray().LastOrDefault() : entry.Value;
            return last.ValueKind == JsonValueKind.String ? contexts.ExpandIri(active, last.GetString()!, vocab: true) : null;
        }

        return null;
    }

    /// <summary>Steps 14-20: check value objects, unwrap @set, drop free-floating values.</summary>
    private static JsonNode? Finish(string? activeProperty, JsonObject result)
    {
        if (result.ContainsKey("@value"))
        {
            if (result.Any(entry => entry.Key is not ("@value" or "@type" or "@language" or "@index")))
            {
                throw new JsonLdException("invalid value object", "A value object holds only @value, @type, @language and @index.");
            }

            if (result.ContainsKey("@type") && result.ContainsKey("@language"))
            {
                throw new JsonLdException("invalid value object", "A value object cannot have both @type and @language.");
            }

            var type = result["@type"];
            if (type is not null && (type is not JsonValue || (type.GetValue<string>() != "@json" && !Keywords.IsAbsoluteIri(type.GetValue<string>()))))
            {
                throw new JsonLdException("invalid typed value", "The @type of a value object is one IRI.");
            }

            if (type?.GetValue<string>() != "@json")
            {
                if (result["@value"] is null)
                {
                    return null;
                }

                if (result.ContainsKey("@language") && result["@value"]!.GetValueKind() != JsonValueKind.String)
                {
                    throw new JsonLdException("invalid language-tagged value", "Only strings carry a language.");
                }
            }
        }
        else if (result["@type"] is JsonValue singleType)
        {
            result["@type"] = new JsonArray(singleType.GetValue<string>());
        }
        else if (result.ContainsKey("@set") || result.ContainsKey("@list"))
        {
            if (result.Count > 2 || (result.Count == 2 && !result.ContainsKey("@index")))
            {
                throw new JsonLdException("invalid set or list object", "A set or list object holds only @set or @list and @index.");
            }

            if (result["@set"] is { } set)
            {
                result.Remove("@set");
                return set;
            }
        }

        if (result.Count == 1 && result.ContainsKey("@language"))
        {
            return null;
        }

        if (activeProperty is null or "@graph")
        {
            var onlyValueOrList = result.Count == 0 || result.All(entry => entry.Key is "@value" or "@list");
            var onlyId = result.Count == 1 && result.ContainsKey("@id");
            if (onlyValueOrList || onlyId)
            {
                return null;
            }
        }

        return result;
    }

    private static bool IsListObject(JsonNode node) => node is JsonObject obj && obj.ContainsKey("@list");

    private static JsonArray AsArray(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return [];
            case JsonArray array:
                return array;
            default:
                Detach(node);
                return [node];
        }
    }

    private static void Append(JsonObject result, string property, JsonNode value)
    {
        if (result[property] is not JsonArray values)
        {
            values = [];
            result[property] = values;
        }

        foreach (var item in AsArray(value).ToList())
        {
            Detach(item!);
            values.Add(item);
        }
    }

    private static void Detach(JsonNode node)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent.Remove(node.GetPropertyName());
                break;
            case JsonArray parent:
                parent.Remove(node);
                break;
        }
    }
}
