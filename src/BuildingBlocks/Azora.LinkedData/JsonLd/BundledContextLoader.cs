using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace Azora.LinkedData.JsonLd;

/// <summary>
/// The contexts verifiable credentials on Azora use, bundled with the assembly exactly as their standards
/// publish them: VC 2.0, Data Integrity 2.0, DID 1.0, Multikey 1.0 and Open Badges 3.0.3. Any other URL is
/// refused, so a document can never make the processor fetch, or depend on, a context nobody has reviewed.
/// </summary>
public sealed class BundledContextLoader : IJsonLdContextLoader
{
    public const string CredentialsV2 = "https://www.w3.org/ns/credentials/v2";
    public const string DataIntegrityV2 = "https://w3id.org/security/data-integrity/v2";
    public const string DidV1 = "https://www.w3.org/ns/did/v1";
    public const string MultikeyV1 = "https://w3id.org/security/multikey/v1";
    public const string OpenBadgesV3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private static readonly FrozenDictionary<string, JsonElement> Bundled = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
    {
        [CredentialsV2] = ReadResource("credentials-v2.jsonld"),
        [DataIntegrityV2] = ReadResource("data-integrity-v2.jsonld"),
        [DidV1] = ReadResource("did-v1.jsonld"),
        [MultikeyV1] = ReadResource("multikey-v1.jsonld"),
        [OpenBadgesV3] = ReadResource("ob-v3p0-context-3.0.3.json"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, JsonElement> contexts;

    /// <param name="additional">Further contexts by URL (tests add the W3C examples context this way).</param>
    public BundledContextLoader(IReadOnlyDictionary<string, string>? additional = null)
    {
        var all = new Dictionary<string, JsonElement>(Bundled, StringComparer.Ordinal);
        foreach (var (url, json) in additional ?? new Dictionary<string, string>())
        {
            using var document = JsonDocument.Parse(json);
            all[url] = document.RootElement.Clone();
        }

        contexts = all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static BundledContextLoader Default { get; } = new();

    public IReadOnlyCollection<string> Urls => contexts.Keys;

    public JsonElement Load(string url) =>
        contexts.TryGetValue(url, out var context)
            ? context
            : throw new JsonLdException(
                "loading remote context failed",
                $"The context '{url}' is not one of the bundled contexts ({string.Join(", ", contexts.Keys)}); remote contexts are never fetched.");

    private static JsonElement ReadResource(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Azora.LinkedData.Contexts." + fileName)
            ?? throw new InvalidOperationException($"The bundled context {fileName} is missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.Clone();
    }
}
