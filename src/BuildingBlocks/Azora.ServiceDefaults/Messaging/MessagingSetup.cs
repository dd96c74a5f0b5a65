using System.Reflection;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;

namespace Azora.ServiceDefaults.Messaging;

/// <summary>
/// What the process's one Wolverine runtime needs to know: where its message store is, which services it hosts
/// (their assemblies hold the message handlers) and, when split, the RabbitMQ broker.
/// </summary>
public sealed record MessagingSetup(
    DatabaseProvider Provider,
    string StoreConnectionString,
    string StoreSchema,
    IReadOnlyList<string> ServiceIds,
    IReadOnlyList<Assembly> HandlerAssemblies,
    string? RabbitMqConnectionString)
{
    /// <summary>PostgreSQL's limit on identifier length.</summary>
    private const int MaxIdentifierLength = 63;

    /// <summary>Names this process among its peers: its queues on RabbitMQ and Wolverine's service name.</summary>
    public string ProcessName => ServiceIds.Count == 0 ? "azora" : string.Join('+', ServiceIds.Order(StringComparer.Ordinal));

    public static MessagingSetup For(PlatformOptions platform, IReadOnlyList<(string ServiceId, Assembly Assembly)> services)
    {
        var ids = services.Select(s => s.ServiceId).ToList();
        var assemblies = services.Select(s => s.Assembly).Distinct().ToList();
        if (platform.Database == DatabaseProvider.Sqlite)
        {
            // SQLite has no schemas; Wolverine's tables keep their own wolverine_ names in the process's one file.
            return new MessagingSetup(DatabaseProvider.Sqlite, DatabaseLocation.SqliteConnectionString(platform.DataDirectory),
                "main", ids, assemblies, platform.RabbitMqConnectionString);
        }

        var connectionString = platform.PostgresConnectionString
            ?? throw new InvalidOperationException(
                "Azora:Database is Postgres but no connection string is configured: set ConnectionStrings:Postgres (env ConnectionStrings__Postgres).");
        return new MessagingSetup(DatabaseProvider.Postgres, connectionString, StoreSchemaFor(ids), ids, assemblies,
            platform.RabbitMqConnectionString);
    }

    /// <summary>
    /// Each split process keeps its inbox and outbox in its own schema (<c>wolverine_user_service</c>), so that one
    /// process's durability agent never recovers another's envelopes, for which it may have no handler.
    /// </summary>
    public static string StoreSchemaFor(IReadOnlyList<string> serviceIds)
    {
        var schema = "wolverine_" + string.Join("__", serviceIds.Order(StringComparer.Ordinal).Select(DatabaseLocation.SchemaFor));
        if (schema.Length <= MaxIdentifierLength)
        {
            return schema;
        }
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(schema)))[..12];
        return schema[..(MaxIdentifierLength - hash.Length - 1)] + "_" + hash;
    }
}
