using System.Globalization;
using Azora.Bench.Harness;
using Azora.Bench.Reporting;
using Azora.Testing;

namespace Azora.Bench.Scenarios;

/// <summary>
/// Catalog search over 10,000 published courses: the benchmark authors courses until azora-education's catalog holds
/// that many, then loads one search (a word and a subject) on the service's own port, through the gateway, and through
/// nginx in front of the service's port, in turn with a bare Kestrel endpoint of its own (<see cref="Rounds"/>).
/// </summary>
public sealed class CatalogScenario : IScenario
{
    public const int CatalogSize = 10_000;
    private const string Search = "api/catalog?q=databases&subject=Data";

    /// <summary>
    /// The routes (the bare endpoint, the search directly, through the gateway and through nginx) are loaded in turn, this
    /// many rounds, and each figure is its route's median round: on a shared machine the rate drifts over a minute, and
    /// loads taken one route after the other would count the drift as a difference between the routes.
    /// </summary>
    public const int Rounds = 3;

    public string Name => "catalog";

    public async Task RunAsync(BenchContext context)
    {
        var instructor = await context.SignInAsync("instructor");
        var learner = await context.SignInAsync("learner");
        await FillCatalogAsync(instructor);

        var port = BenchPorts.Of("azora-education");
        string[] headers = [$"Authorization: Bearer {learner.Token}"];
        List<LoadResult> bare = [], direct = [], throughGateway = [], throughNginx = [];
        await using (var bareEndpoint = await BareJsonEndpoint.StartAsync(FreePorts.Next()))
        await using (var proxy = await NginxProxy.StartAsync(port))
        {
            (string Url, List<LoadResult> Loads)[] routes =
            [
                (bareEndpoint.Url, bare),
                ($"http://127.0.0.1:{port}/{Search}", direct),
                ($"{BenchClient.GatewayAddress}azora-education/{Search}", throughGateway),
                ($"http://127.0.0.1:{proxy.Port}/{Search}", throughNginx),
            ];
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var (url, loads) in routes)
                {
                    loads.Add(await context.LoadAsync(url, headers: headers, warm: round > 0));
                }
            }
        }
        var (bareRate, directly, gateway, nginx) =
            (LoadResult.Median(bare).RequestsPerSecond, LoadResult.Median(direct), LoadResult.Median(throughGateway), LoadResult.Median(throughNginx));
        var rates = $"; rates of the {Rounds} rounds: bare {RatesOf(bare)}, directly {RatesOf(direct)}, "
            + $"through the gateway {RatesOf(throughGateway)}, through nginx {RatesOf(throughNginx)}";

        context.Report.Add(new Figure("catalog search, azora-education directly", directly.RequestsPerSecond, "req/s",
            "bare Kestrel JSON endpoint, same rounds", bareRate, "at least 50% of bare", directly.RequestsPerSecond >= 0.5 * bareRate,
            directly.Summary + rates));
        context.Report.Add(new Figure("catalog search through the gateway", gateway.RequestsPerSecond, "req/s",
            "catalog search, directly", directly.RequestsPerSecond, "at least 85% of direct", gateway.RequestsPerSecond >= 0.85 * directly.RequestsPerSecond,
            gateway.Summary));
        context.Report.Add(new Figure("catalog search, gateway vs nginx", gateway.RequestsPerSecond, "req/s",
            "catalog search through nginx", nginx.RequestsPerSecond, "at least 100% of nginx", gateway.RequestsPerSecond >= nginx.RequestsPerSecond,
            "nginx: " + nginx.Summary));
    }

    private static string RatesOf(IEnumerable<LoadResult> loads) =>
        string.Join(" / ", loads.Select(load => load.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture)));

    /// <summary>Authors courses until the catalog lists <see cref="CatalogSize"/> of them.</summary>
    private static async Task FillCatalogAsync(BenchClient instructor)
    {
        async Task<int> TotalAsync() => BenchCourses.TotalOf(await instructor.GetAsync("/azora-education/api/catalog?limit=1"));
        var missing = CatalogSize - await TotalAsync();
        if (missing > 0)
        {
            Console.WriteLine($"Authoring {missing} courses for the catalog...");
            await Parallel.ForEachAsync(Enumerable.Range(0, missing), new ParallelOptions { MaxDegreeOfParallelism = BenchCourses.Parallelism },
                async (number, _) => await BenchCourses.PublishAsync(instructor, number, lessons: 1));
        }
        await BenchCourses.WaitUntilAsync($"{CatalogSize} courses in the catalog", async () => await TotalAsync() >= CatalogSize, TimeSpan.FromMinutes(5));
    }
}
