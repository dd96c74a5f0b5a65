using System.Globalization;
using System.Reflection;
using Azora.ServiceDefaults.Catalog;

namespace Azora.Hosting;

/// <summary>
/// What <c>azora run --split</c> hands to self-healing-orchestrator: the database and broker, how to start a service
/// (this very program with <c>run --service &lt;id&gt;</c>), the replicas, and where the children's logs go.
/// </summary>
internal static class SplitLauncher
{
    public const string OrchestratorId = "self-healing-orchestrator";

    /// <summary><c>azora-lms=2</c> pairs, checked against the catalog.</summary>
    public static Dictionary<string, int> ParseReplicas(IEnumerable<string> pairs, ServiceCatalog catalog)
    {
        var replicas = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in pairs.SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 16)
            {
                throw new ArgumentException($"--replicas takes <service-id>=<count> with a count from 1 to 16, not '{pair}'.");
            }
            if (catalog.Find(parts[0]) is not { IsImplemented: true })
            {
                throw new ArgumentException($"--replicas names '{parts[0]}', which is not an implemented service; `azora services` lists them.");
            }
            if (parts[0] is OrchestratorId or ServiceCatalog.GatewayId)
            {
                throw new ArgumentException($"'{parts[0]}' runs once; replicas are for the services behind the gateway.");
            }
            replicas[parts[0]] = count;
        }
        return replicas;
    }

    /// <summary>Configuration for the orchestrator's host; it is added last, so it wins over the environment.</summary>
    public static Dictionary<string, string?> Configuration(string postgres, string rabbitMq, IReadOnlyDictionary<string, int> replicas, string logDirectory)
    {
        var (command, arguments) = OwnCommand();
        var settings = new Dictionary<string, string?>
        {
            ["Azora:Database"] = "Postgres",
            ["ConnectionStrings:Postgres"] = postgres,
            ["ConnectionStrings:RabbitMq"] = rabbitMq,
            ["Azora:Supervisor:Enabled"] = "true",
            ["Azora:Supervisor:LogDirectory"] = logDirectory,
            ["Azora:Supervisor:Command"] = command,
        };
        for (var i = 0; i < arguments.Count; i++)
        {
            settings[$"Azora:Supervisor:CommandArguments:{i}"] = arguments[i];
        }
        foreach (var (id, count) in replicas)
        {
            settings[$"Azora:Supervisor:Replicas:{id}"] = count.ToString(CultureInfo.InvariantCulture);
        }
        return settings;
    }

    /// <summary>This program as it was started: the azora executable, or <c>dotnet azora.dll</c>.</summary>
    private static (string Command, IReadOnlyList<string> Arguments) OwnCommand()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot tell which program is running.");
        if (Path.GetFileNameWithoutExtension(process) == "dotnet")
        {
            return (process, [Assembly.GetEntryAssembly()!.Location]);
        }
        return (process, []);
    }
}
