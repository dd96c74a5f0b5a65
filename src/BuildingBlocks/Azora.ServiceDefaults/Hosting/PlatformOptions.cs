using Azora.ServiceDefaults.Catalog;
using Microsoft.Extensions.Configuration;

namespace Azora.ServiceDefaults.Hosting;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// How this process is set up, read from the <c>Azora</c> configuration section (environment: <c>Azora__DataDirectory</c>, ...).
/// Connection strings come from <c>ConnectionStrings:Postgres</c> and <c>ConnectionStrings:RabbitMq</c>.
/// </summary>
public sealed class PlatformOptions
{
    public const string Section = "Azora";

    /// <summary>Where SQLite files and other local state live in one-process mode.</summary>
    public string DataDirectory { get; set; } = "./data";

    public DatabaseProvider Database { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The address Kestrel binds to; <c>127.0.0.1</c> unless a container asks for <c>0.0.0.0</c>.</summary>
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>Overrides of catalog ports, by service id (tests pick free ports this way).</summary>
    public Dictionary<string, int> Ports { get; set; } = [];

    /// <summary>Overrides of where a service is reached, by service id (e.g. <c>http://azora-lms:3101</c> under Kubernetes).</summary>
    public Dictionary<string, string> Addresses { get; set; } = [];

    /// <summary>The token issuer every service trusts; defaults to session-service's own address.</summary>
    public string? Issuer { get; set; }

    public string? PostgresConnectionString { get; set; }
    public string? RabbitMqConnectionString { get; set; }

    public int PortOf(CatalogEntry entry) => Ports.TryGetValue(entry.Id, out var port) ? port : entry.Port;

    /// <summary>The base address of a service as other services call it.</summary>
    public Uri AddressOf(CatalogEntry entry) =>
        Addresses.TryGetValue(entry.Id, out var address)
            ? new Uri(address.TrimEnd('/') + "/")
            : new Uri($"http://localhost:{PortOf(entry)}/");

    public Uri IssuerUri(ServiceCatalog catalog) =>
        Issuer is { Length: > 0 } issuer ? new Uri(issuer.TrimEnd('/') + "/") : AddressOf(catalog.Get(ServiceCatalog.SessionServiceId));

    public static PlatformOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<PlatformOptions>() ?? new PlatformOptions();
        options.PostgresConnectionString ??= configuration.GetConnectionString("Postgres");
        options.RabbitMqConnectionString ??= configuration.GetConnectionString("RabbitMq");
        return options;
    }
}
