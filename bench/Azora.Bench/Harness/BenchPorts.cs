using System.Globalization;
using Azora.ServiceDefaults.Catalog;

namespace Azora.Bench.Harness;

/// <summary>
/// The ports the benchmarked platform listens on: the catalog's, or each moved by <c>--port-offset</c>, so that a
/// benchmark can run beside another platform on the same machine (a second benchmark, a developer's <c>azora run</c>).
/// </summary>
public static class BenchPorts
{
    /// <summary>Added to every catalog port; set once from the command line before anything starts.</summary>
    public static int Offset { get; set; }

    public static int Of(string serviceId) => ServiceCatalog.Current.Get(serviceId).Port + Offset;

    public static int Of(CatalogEntry entry) => entry.Port + Offset;

    public static string GatewayAddress => $"http://127.0.0.1:{Of(ServiceCatalog.GatewayId)}/";

    public static string SessionServiceAddress => $"http://127.0.0.1:{Of("session-service")}/";

    /// <summary>The <c>Azora:Ports</c> overrides that move every service of the catalog by the offset (none without one).</summary>
    public static IEnumerable<KeyValuePair<string, string>> Environment() =>
        Offset == 0
            ? []
            : ServiceCatalog.Current.Services.Select(entry =>
                KeyValuePair.Create($"Azora__Ports__{entry.Id}", Of(entry).ToString(CultureInfo.InvariantCulture)));
}
