using Azora.Bench.Harness;
using Azora.Bench.Reporting;

namespace Azora.Bench.Scenarios;

/// <summary>
/// Catalog search over 10,000 published courses: the benchmark authors courses until azora-education's catalog holds
/// that many, then loads one search (a word and a subject) on the service's own port, through the gateway, and through
/// nginx in front of the service's port, all in the same run.
/// </summary>
public sealed class CatalogScenario : IScenario
{
    public const int CatalogSize = 10_000;
    private const string Search = "api/catalog?q=databases&subject=Data";

    public string Name => "catalog";

    public async Task RunAsync(BenchContext context)
    {
        var instructor = await context.SignInAsync("instructor");
        var learner = await context.SignInAsync("learner");
        await FillCatalogAsync(instructor);

        var port = BenchPorts.Of("azora-education");
        string[] headers = [$"Authorization: Bearer {learner.Token}"];
        var direct = await context.LoadAsync($"http://127.0.0.1:{port}/{Search}", headers: headers);
        var gateway = await context.LoadAsync($"{BenchClient.GatewayAddress}azora-education/{Search}", headers: headers);
        LoadResult nginx;
        await using (var proxy = await NginxProxy.StartAsync(port))
        {
            nginx = await context.LoadAsync($"http://127.0.0.1:{proxy.Port}/{Search}", headers: headers);
        }

        context.Report.Add(new Figure("catalog search, azora-education directly", direct.RequestsPerSecond, "req/s",
            "bare Kestrel JSON endpoint", context.Bare.RequestsPerSecond, "at least 50% of bare", direct.RequestsPerSecond >= 0.5 * context.Bare.RequestsPerSecond,
            direct.Summary));
        context.Report.Add(new Figure("catalog search through the gateway", gateway.RequestsPerSecond, "req/s",
            "catalog search, directly", direct.RequestsPerSecond, "at least 85% of direct", gateway.RequestsPerSecond >= 0.85 * direct.RequestsPerSecond,
            gateway.Summary));
        context.Report.Add(new Figure("catalog search, gateway vs nginx", gateway.RequestsPerSecond, "req/s",
            "catalog search through nginx", nginx.RequestsPerSecond, "at least 100% of nginx", gateway.RequestsPerSecond >= nginx.RequestsPerSecond,
            "nginx: " + nginx.Summary));
    }

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
