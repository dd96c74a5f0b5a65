using System.Text.Json.Serialization;

namespace Azora.ServiceDefaults.Catalog;

public enum ServiceStatus { Planned, Implemented }

/// <summary>One line of the service catalog: what a service is called, where it listens and whether it exists yet.</summary>
public sealed record CatalogEntry(
    string Id,
    int Port,
    string Domain,
    string Project,
    string Purpose,
    ServiceStatus Status)
{
    [JsonIgnore]
    public bool IsImplemented => Status == ServiceStatus.Implemented;

    /// <summary>The assembly (and project file) name, the last segment of <see cref="Project"/>.</summary>
    [JsonIgnore]
    public string AssemblyName => Project[(Project.LastIndexOf('/') + 1)..];
}
