using System.Collections.Concurrent;
using System.Text.Json;

namespace Azora.LinkedData.JsonLd;

/// <summary>
/// JSON-LD 1.1 Context Processing (section 4.1), Create Term Definition (4.2) and IRI Expansion (4.3).
/// Remote contexts come only from the loader; <c>@import</c>, <c>@direction</c>, <c>@nest</c> and reverse
/// properties are refused with a clear error rather than processed partially.
/// </summary>
internal sealed class ContextProcessor(IJsonLdContextLoader loader)
{
    private const int MaxRemoteContexts = 32;

    /// <summary>
    /// Processed contexts are reused: the same local context on the same active context always gives the same result,
    /// and documents of one kind (credentials) share their contexts. Bounded, so that documents with ever new inline
    /// contexts cannot grow it without limit; past the bound, contexts are simply processed each time.
    /// </summary>
    private const int MaxCachedContexts = 2_048;

    private readonly ConcurrentDictionary<CacheKey, ActiveContext> cache = new();

    private static readonly HashSet<string> ContextKeywords = new(StringComparer.Ordinal)
    {
        "@base", "@direction", "@import", "@language", "@propagate", "@protected", "@version", "@vocab",
    };

    private static readonly HashSet<string> TermDefinitionKeys = new(StringComparer.Ordinal)
    {
        "@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest", "@prefix", "@protected", "@type",
    };

    private static readonly HashSet<string> ContainerKeywords = new(StringComparer.Ordinal)
    {
        "@graph", "@id", "@index", "@language", "@list", "@set", "@type",
    };

    public ActiveContext Process(
        ActiveContext active,
        JsonElement localContext,
        bool overrideProtected = false,
        bool propagate = true,
        IReadOnlyList<string>? remoteContexts = null,
        bool validateScoped = true)
    {
        if (remoteContexts is { Count: > 0 })
        {
            return ProcessUncached(active, localContext, overrideProtected, propagate, remoteContexts, validateScoped);
        }

        var key = new CacheKey(active, localContext.GetRawText(), overrideProtected, propagate, validateScoped);
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = ProcessUncached(active, localContext, overrideProtected, propagate, remoteContexts, validateScoped);
        if (cache.Count < MaxCachedContexts)
        {
            cache.TryAdd(key, result);
        }

        return result;
    }

    private ActiveContext ProcessUncached(
        ActiveContext active,
        JsonElement localContext,
        bool overrideProtected,
        bool propagate,
        IReadOnlyList<string>? remoteContexts,
        bool validateScoped)
    {
        var result = active.Clone();
        // Contexts that come back from processing (remote ones, possibly cached) are shared: never change one in place.
        var owned = true;
        if (localContext.ValueKind == JsonValueKind.Object && localContext.TryGetProperty("@propagate", out var propagateValue))
        {
            propagate = ReadBoolean(propagateValue, "invalid @propagate value");
        }

        if (!propagate && result.PreviousContext is null)
        {
            result.PreviousContext = active;
        }

        var remotes = remoteContexts?.ToList() ?? [];
        var contexts = localContext.ValueKind == JsonValueKind.Array ? localContext.EnumerateArray().ToList() : [localContext];
        foreach (var context in contexts)
        {
            switch (context.ValueKind)
            {
                case JsonValueKind.Null:
                    if (!overrideProtected && result.HasProtectedTerms)
                    {
                        throw new JsonLdException("invalid context nullification", "A context may not be nulled while it holds protected terms.");
                    }

                    var previous = result;
                    result = new ActiveContext { BaseIri = active.BaseIri };
                    owned = true;
                    if (!propagate)
                    {
                        result.PreviousContext = previous;
                    }

                    continue;
                case JsonValueKind.String:
                    result = ProcessRemote(result, context.GetString()!, remotes, validateScoped);
                    owned = false;
                    continue;
                case JsonValueKind.Object:
                    if (!owned)
                    {
                        result = result.Clone();
                        owned = true;
                    }

                    ProcessDefinitions(result, context, overrideProtected, remotes);
                    continue;
                default:
                    throw new JsonLdException("invalid local context", "A context is a URL, an object, null or an array of these.");
            }
        }

        return result;
    }

    private ActiveContext ProcessRemote(ActiveContext result, string url, List<string> remotes, bool validateScoped)
    {
        if (!Keywords.IsAbsoluteIri(url))
        {
            throw new JsonLdException("loading remote context failed", $"The context reference '{url}' is not an absolute URL.");
        }

        if (!validateScoped && remotes.Contains(url))
        {
            return result;
        }

        if (remotes.Count >= MaxRemoteContexts)
        {
            throw new JsonLdException("context overflow", "Too many nested remote contexts.");
        }

        remotes.Add(url);
        var document = loader.Load(url);
        if (document.ValueKind != JsonValueKind.Object || !document.TryGetProperty("@context", out var loaded))
        {
            throw new JsonLdException("invalid remote context", $"The document for '{url}' has no @context entry.");
        }

        return ProcessUncached(result, loaded, overrideProtected: false, propagate: true, remotes, validateScoped);
    }

    private void ProcessDefinitions(ActiveContext result, JsonElement context, bool overrideProtected, List<string> remotes)
    {
        if (context.TryGetProperty("@version", out var version) && (version.ValueKind != JsonValueKind.Number || version.GetDouble() != 1.1))
        {
            throw new JsonLdException("invalid @version value", "@version must be the number 1.1.");
        }

        if (context.TryGetProperty("@import", out _))
        {
            throw new JsonLdException("invalid context entry", "@import is not supported by this processor.");
        }

        if (context.TryGetProperty("@base", out var baseValue) && remotes.Count == 0)
        {
            result.BaseIri = baseValue.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String when Keywords.IsAbsoluteIri(baseValue.GetString()!) => baseValue.GetString(),
                _ => throw new JsonLdException("invalid base IRI", "@base must be an absolute IRI or null."),
            };
        }

        if (context.TryGetProperty("@vocab", out var vocabulary))
        {
            result.Vocabulary = vocabulary.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => ExpandVocabulary(result, vocabulary.GetString()!),
                _ => throw new JsonLdException("invalid vocab mapping", "@vocab must be an IRI or null."),
            };
        }

        if (context.TryGetProperty("@language", out var language))
        {
            result.DefaultLanguage = language.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => language.GetString(),
                _ => throw new JsonLdException("invalid default language", "@language must be a string or null."),
            };
        }

        if (context.TryGetProperty("@direction", out var direction) && direction.ValueKind != JsonValueKind.Null)
        {
            throw new JsonLdException("invalid base direction", "@direction is not supported by this processor.");
        }

        var defaultProtected = context.TryGetProperty("@protected", out var protectedValue)
            && ReadBoolean(protectedValue, "invalid @protected value");
        var scope = new DefinitionScope(context, new Dictionary<string, bool>(StringComparer.Ordinal), defaultProtected, overrideProtected);
        foreach (var entry in context.EnumerateObject())
        {
            if (!ContextKeywords.Contains(entry.Name))
            {
                CreateTermDefinition(result, scope, entry.Name);
            }
        }
    }

    private string ExpandVocabulary(ActiveContext result, string value)
    {
        var vocabulary = ExpandIri(result, value, documentRelative: true, vocab: true);
        if (vocabulary is null || (!Keywords.IsAbsoluteIri(vocabulary) && !Keywords.IsBlankNodeIdentifier(vocabulary)))
        {
            throw new JsonLdException("invalid vocab mapping", $"@vocab '{value}' is not an IRI.");
        }

        return vocabulary;
    }

    private void CreateTermDefinition(ActiveContext active, DefinitionScope scope, string term)
    {
        if (scope.Defined.TryGetValue(term, out var done))
        {
            if (done)
            {
                return;
            }

            throw new JsonLdException("cyclic IRI mapping", $"The term '{term}' is defined in terms of itself.");
        }

        if (term.Length == 0)
        {
            throw new JsonLdException("invalid term definition", "A term may not be empty.");
        }

        scope.Defined[term] = false;
        var value = scope.Context.GetProperty(term);
        if (term == "@type")
        {
            ValidateTypeKeywordDefinition(value);
        }
        else if (Keywords.IsKeyword(term))
        {
            throw new JsonLdException("keyword redefinition", $"The keyword '{term}' cannot be redefined.");
        }
        else if (Keywords.HasKeywordForm(term))
        {
            scope.Defined[term] = true;
            return;
        }

        var previous = active.Term(term);
        active.Terms.Remove(term);

        var definition = value.ValueKind switch
        {
            JsonValueKind.Null => new TermDefinition { Protected = scope.DefaultProtected },
            JsonValueKind.String => DefineSimpleTerm(active, scope, term, value.GetString()!),
            JsonValueKind.Object => DefineExpandedTerm(active, scope, term, value),
            _ => throw new JsonLdException("invalid term definition", $"The definition of '{term}' is not a string, object or null."),
        };

        if (!scope.OverrideProtected && previous is { Protected: true })
        {
            if (!definition.SameAs(previous))
            {
                throw new JsonLdException("protected term redefinition", $"The protected term '{term}' cannot be redefined.");
            }

            definition = previous;
        }

        active.Terms[term] = definition;
        scope.Defined[term] = true;
    }

    private static void ValidateTypeKeywordDefinition(JsonElement value)
    {
        var valid = value.ValueKind == JsonValueKind.Object
            && value.EnumerateObject().Any()
            && value.EnumerateObject().All(entry =>
                (entry.Name == "@container" && entry.Value.ValueKind == JsonValueKind.String && entry.Value.GetString() == "@set")
                || (entry.Name == "@protected" && entry.Value.ValueKind is JsonValueKind.True or JsonValueKind.False));
        if (!valid)
        {
            throw new JsonLdException("keyword redefinition", "@type may only be given @container @set and @protected.");
        }
    }

    private TermDefinition DefineSimpleTerm(ActiveContext active, DefinitionScope scope, string term, string id)
    {
        var iri = ExpandMappedIri(active, scope, term, id);
        if (iri is null)
        {
            return new TermDefinition { Protected = scope.DefaultProtected };
        }

        return new TermDefinition
        {
            IriMapping = iri,
            Protected = scope.DefaultProtected,
            Prefix = !term.Contains(':', StringComparison.Ordinal) && !term.Contains('/', StringComparison.Ordinal)
                && (Keywords.EndsWithGenDelim(iri) || Keywords.IsBlankNodeIdentifier(iri)),
        };
    }

    private TermDefinition DefineExpandedTerm(ActiveContext active, DefinitionScope scope, string term, JsonElement value)
    {
        foreach (var entry in value.EnumerateObject())
        {
            if (!TermDefinitionKeys.Contains(entry.Name))
            {
                throw new JsonLdException("invalid term definition", $"The definition of '{term}' has the unknown entry '{entry.Name}'.");
            }
        }

        if (value.TryGetProperty("@reverse", out _) || value.TryGetProperty("@nest", out _))
        {
            throw new JsonLdException("invalid term definition", $"The definition of '{term}' uses @reverse or @nest, which this processor does not support.");
        }

        if (value.TryGetProperty("@direction", out var direction) && direction.ValueKind != JsonValueKind.Null)
        {
            throw new JsonLdException("invalid base direction", "@direction is not supported by this processor.");
        }

        var isProtected = value.TryGetProperty("@protected", out var protectedValue)
            ? ReadBoolean(protectedValue, "invalid @protected value")
            : scope.DefaultProtected;

        string? typeMapping = null;
        if (value.TryGetProperty("@type", out var type))
        {
            if (type.ValueKind != JsonValueKind.String)
            {
                throw new JsonLdException("invalid type mapping", $"The @type of '{term}' is not a string.");
            }

            typeMapping = ExpandIri(active, type.GetString()!, vocab: true, scope: scope);
            if (typeMapping is not ("@id" or "@vocab" or "@json" or "@none") && (typeMapping is null || !Keywords.IsAbsoluteIri(typeMapping)))
            {
                throw new JsonLdException("invalid type mapping", $"The @type of '{term}' is not an IRI, @id, @vocab, @json or @none.");
            }
        }

        string? iri;
        if (value.TryGetProperty("@id", out var id) && !(id.ValueKind == JsonValueKind.String && id.GetString() == term))
        {
            if (id.ValueKind == JsonValueKind.Null)
            {
                iri = null;
            }
            else if (id.ValueKind != JsonValueKind.String)
            {
                throw new JsonLdException("invalid IRI mapping", $"The @id of '{term}' is not a string.");
            }
            else
            {
                iri = ExpandMappedIri(active, scope, term, id.GetString()!);
            }
        }
        else
        {
            iri = ImplicitIri(active, scope, term);
        }

        var container = ReadContainer(term, value);
        var hasLanguage = value.TryGetProperty("@language", out var language);
        if (hasLanguage && language.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            throw new JsonLdException("invalid language mapping", $"The @language of '{term}' is not a string or null.");
        }

        string? index = null;
        if (value.TryGetProperty("@index", out var indexValue))
        {
            if (!container.Contains("@index") || indexValue.ValueKind != JsonValueKind.String)
            {
                throw new JsonLdException("invalid term definition", $"The @index of '{term}' needs an @index container and a string.");
            }

            index = indexValue.GetString();
        }

        var prefix = false;
        if (value.TryGetProperty("@prefix", out var prefixValue))
        {
            if (term.Contains(':', StringComparison.Ordinal) || term.Contains('/', StringComparison.Ordinal))
            {
                throw new JsonLdException("invalid term definition", $"The compact IRI or IRI term '{term}' cannot be a prefix.");
            }

            prefix = ReadBoolean(prefixValue, "invalid @prefix value");
            if (prefix && iri is not null && Keywords.IsKeyword(iri))
            {
                throw new JsonLdException("invalid term definition", $"The keyword alias '{term}' cannot be a prefix.");
            }
        }

        return new TermDefinition
        {
            IriMapping = iri,
            TypeMapping = typeMapping,
            Container = container,
            HasLanguage = hasLanguage,
            Language = hasLanguage ? language.GetString() : null,
            Index = index,
            Prefix = prefix,
            Protected = isProtected,
            LocalContext = value.TryGetProperty("@context", out var scoped) ? scoped.Clone() : null,
        };
    }

    /// <summary>Step 14 of Create Term Definition: the IRI an explicit @id gives, checked against the term's own form.</summary>
    private string? ExpandMappedIri(ActiveContext active, DefinitionScope scope, string term, string id)
    {
        if (!Keywords.IsKeyword(id) && Keywords.HasKeywordForm(id))
        {
            return null;
        }

        var iri = ExpandIri(active, id, vocab: true, scope: scope);
        if (iri is null || (!Keywords.IsKeyword(iri) && !Keywords.IsAbsoluteIri(iri) && !Keywords.IsBlankNodeIdentifier(iri)))
        {
            throw new JsonLdException("invalid IRI mapping", $"The term '{term}' maps to '{id}', which is not an IRI, blank node or keyword.");
        }

        if (iri == "@context")
        {
            throw new JsonLdException("invalid keyword alias", "@context cannot be aliased.");
        }

        var colon = term.IndexOf(':', StringComparison.Ordinal);
        if ((colon > 0 && colon < term.Length - 1) || term.Contains('/', StringComparison.Ordinal))
        {
            scope.Defined[term] = true;
            if (ExpandIri(active, term, vocab: true, scope: scope) != iri)
            {
                throw new JsonLdException("invalid IRI mapping", $"The term '{term}' looks like an IRI but maps to another one.");
            }
        }

        return iri;
    }

    /// <summary>Steps 15-18: the IRI of a term defined without @id (compact IRI, IRI, @type, or the vocabulary mapping).</summary>
    private string ImplicitIri(ActiveContext active, DefinitionScope scope, string term)
    {
        var colon = term.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var prefix = term[..colon];
            if (scope.Context.TryGetProperty(prefix, out _))
            {
                CreateTermDefinition(active, scope, prefix);
            }

            return active.Term(prefix) is { IriMapping: { } prefixIri } ? prefixIri + term[(colon + 1)..] : term;
        }

        if (term.Contains('/', StringComparison.Ordinal))
        {
            var iri = ExpandIri(active, term, vocab: true, scope: scope);
            return iri is not null && Keywords.IsAbsoluteIri(iri)
                ? iri
                : throw new JsonLdException("invalid IRI mapping", $"The term '{term}' is not an IRI.");
        }

        if (term == "@type")
        {
            return "@type";
        }

        return active.Vocabulary is { } vocabulary
            ? vocabulary + term
            : throw new JsonLdException("invalid IRI mapping", $"The term '{term}' has no @id and there is no @vocab.");
    }

    private static HashSet<string> ReadContainer(string term, JsonElement value)
    {
        var container = new HashSet<string>(StringComparer.Ordinal);
        if (!value.TryGetProperty("@container", out var containerValue) || containerValue.ValueKind == JsonValueKind.Null)
        {
            return container;
        }

        var entries = containerValue.ValueKind == JsonValueKind.Array ? containerValue.EnumerateArray().ToList() : [containerValue];
        foreach (var entry in entries)
        {
            if (entry.ValueKind != JsonValueKind.String || !ContainerKeywords.Contains(entry.GetString()!))
            {
                throw new JsonLdException("invalid container mapping", $"The @container of '{term}' is not valid.");
            }

            container.Add(entry.GetString()!);
        }

        if (container.Contains("@list") && container.Count > 1)
        {
            throw new JsonLdException("invalid container mapping", $"The @list container of '{term}' cannot be combined.");
        }

        return container;
    }

    /// <summary>IRI Expansion (section 4.3).</summary>
    public string? ExpandIri(ActiveContext active, string value, bool documentRelative = false, bool vocab = false) =>
        ExpandIri(active, value, documentRelative, vocab, scope: null);

    private string? ExpandIri(ActiveContext active, string value, bool documentRelative = false, bool vocab = false, DefinitionScope? scope = null)
    {
        if (Keywords.IsKeyword(value))
        {
            return value;
        }

        if (Keywords.HasKeywordForm(value))
        {
            return null;
        }

        if (scope is not null && scope.Context.TryGetProperty(value, out _) && !scope.Defined.GetValueOrDefault(value))
        {
            CreateTermDefinition(active, scope, value);
        }

        var known = active.Terms.TryGetValue(value, out var definition);
        if (known && definition?.IriMapping is { } mapping && Keywords.IsKeyword(mapping))
        {
            return mapping;
        }

        if (vocab && known)
        {
            return definition?.IriMapping;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var prefix = value[..colon];
            var suffix = value[(colon + 1)..];
            if (prefix == "_" || suffix.StartsWith("//", StringComparison.Ordinal))
            {
                return value;
            }

            if (scope is not null && scope.Context.TryGetProperty(prefix, out _) && !scope.Defined.GetValueOrDefault(prefix))
            {
                CreateTermDefinition(active, scope, prefix);
            }

            if (active.Term(prefix) is { IriMapping: { } prefixIri, Prefix: true })
            {
                return prefixIri + suffix;
            }

            if (Keywords.IsAbsoluteIri(value))
            {
                return value;
            }
        }

        if (vocab && active.Vocabulary is { } vocabulary)
        {
            return vocabulary + value;
        }

        if (documentRelative && active.BaseIri is { } baseIri && Uri.TryCreate(new Uri(baseIri), value, out var resolved))
        {
            return resolved.AbsoluteUri;
        }

        return value;
    }

    private static bool ReadBoolean(JsonElement value, string code) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new JsonLdException(code, $"Expected true or false ({code})."),
    };

    /// <summary>The local context being processed and which of its terms are defined (true) or being defined (false).</summary>
    private sealed record DefinitionScope(JsonElement Context, Dictionary<string, bool> Defined, bool DefaultProtected, bool OverrideProtected);

    /// <summary>An active context by identity, and the text of the local context applied to it.</summary>
    private sealed record CacheKey(ActiveContext Active, string LocalContext, bool OverrideProtected, bool Propagate, bool ValidateScoped)
    {
        public bool Equals(CacheKey? other) =>
            other is not null
            && ReferenceEquals(Active, other.Active)
            && LocalContext == other.LocalContext
            && OverrideProtected == other.OverrideProtected
            && Propagate == other.Propagate
            && ValidateScoped == other.ValidateScoped;

        public override int GetHashCode() =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Active), LocalContext, OverrideProtected, Propagate, ValidateScoped);
    }
}
