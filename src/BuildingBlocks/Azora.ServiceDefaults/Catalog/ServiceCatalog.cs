using System.Text.Json;

namespace Azora.ServiceDefaults.Catalog;

/// <summary>
/// The single source of truth for every service: ids, ports, domains, projects and status.
/// Read from <c>catalog.json</c> at the repository root, embedded in this assembly at build time.
/// </summary>
public sealed class ServiceCatalog
{
    public const string GatewayId = "load-balancer";
    public const string SessionServiceId = "session-service";
    public const string UserServiceId = "user-service";

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // The catalog is a file people read and edit, never embedded in HTML: write "Q&A", not "Q\u0026A".
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public IReadOnlyList<CatalogEntry> Services { get; }

    public ServiceCatalog(IReadOnlyList<CatalogEntry> services)
    {
        Services = services;
    }

    private static readonly Lazy<ServiceCatalog> Embedded = new(LoadEmbedded);

    /// <summary>The catalog this binary was built with.</summary>
    public static ServiceCatalog Current => Embedded.Value;

    public IEnumerable<CatalogEntry> Implemented => Services.Where(s => s.IsImplemented);

    public CatalogEntry? Find(string id) => Services.FirstOrDefault(s => s.Id == id);

    public CatalogEntry Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"'{id}' is not in the service catalog.");

    public static ServiceCatalog Parse(string json)
    {
        var file = JsonSerializer.Deserialize<CatalogFile>(json, JsonOptions)
            ?? throw new InvalidDataException("The service catalog is empty.");
        return new ServiceCatalog(file.Services);
    }

    public string ToJson() => JsonSerializer.Serialize(new CatalogFile(Services.ToList()), JsonOptions) + "\n";

    private static ServiceCatalog LoadEmbedded()
    {
        using var stream = typeof(ServiceCatalog).Assembly.GetManifestResourceStream("Azora.catalog.json")
            ?? throw new InvalidOperationException("The service catalog is not embedded in this build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed record CatalogFile(List<CatalogEntry> Services);
}
