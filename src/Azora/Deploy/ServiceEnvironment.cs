using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Health;

namespace Azora.Deploy;

/// <summary>
/// The settings a containerised service reads, named as ASP.NET Core reads them from the environment
/// (<c>Azora__Database</c> is <c>Azora:Database</c>), shared by the compose and Kubernetes generators.
/// </summary>
public static class ServiceEnvironment
{
    public const string ImageName = "azora";
    public const string ServiceVariable = "AZORA_SERVICE";
    public const string Database = "Azora__Database";
    public const string ListenAddress = "Azora__ListenAddress";
    public const string DataDirectory = "Azora__DataDirectory";
    public const string Environment = "ASPNETCORE_ENVIRONMENT";
    public const string LogLevel = "Logging__LogLevel__Default";
    public const string PostgresConnection = "ConnectionStrings__Postgres";
    public const string RabbitMqConnection = "ConnectionStrings__RabbitMq";
    public const string PostgresHost = "postgres";
    public const string RabbitMqHost = "rabbitmq";
    public const string ReadinessPath = HealthDefaults.ReadyPath;
    public const string LivenessPath = HealthDefaults.LivePath;

    /// <summary>Containers listen on every interface; the host's default is loopback only.</summary>
    public const string AnyAddress = "0.0.0.0";

    public static string AddressVariable(CatalogEntry entry) => $"Azora__Addresses__{entry.Id}";

    /// <summary>Where other services reach <paramref name="entry"/>: its catalog id is its host name on the network.</summary>
    public static string AddressOf(CatalogEntry entry) => $"http://{entry.Id}:{entry.Port}";
}
