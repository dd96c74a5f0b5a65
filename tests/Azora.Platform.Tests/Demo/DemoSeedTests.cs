using System.Net.Http.Json;
using System.Text.Json;
using Azora.Seeding;
using Azora.ServiceDefaults.Catalog;
using Azora.Testing;

namespace Azora.Platform.Tests.Demo;

/// <summary>`azora seed demo` on the whole platform in one process: the catalog, the accounts and the learner's history.</summary>
public sealed class DemoSeedTests : IAsyncLifetime
{
    private const string Password = "demo passphrase for the seed test";
    private TestPlatform _platform = null!;

    public async Task InitializeAsync()
    {
        _platform = await TestPlatform.StartAsync(settings: new Dictionary<string, string?> { ["Azora:Gateway:RateLimit:PermitLimit"] = "100000" });
        await _platform.WaitUntilRoutedAsync();
    }

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    private DemoSeeder Seeder(HttpClient gateway, HttpClient sessions) =>
        new(new DemoAccounts(_platform.App.Services, sessions, gateway, Password));

    [Fact]
    public async Task Seeding_fills_the_catalog_gives_the_learner_a_history_and_adds_nothing_when_run_again()
    {
        using var gateway = _platform.Gateway();
        using var sessions = _platform.Client(ServiceCatalog.SessionServiceId);

        var first = await Seeder(gateway, sessions).SeedAsync(_ => { }, CancellationToken.None);
        var second = await Seeder(gateway, sessions).SeedAsync(_ => { }, CancellationToken.None);

        Assert.Equal(DemoCatalog.Courses.Count, first.CoursesCreated);
        Assert.Equal(DemoCatalog.Programs.Count, first.ProgramsCreated);
        Assert.Equal(0, second.CoursesCreated);
        Assert.Equal(0, second.ProgramsCreated);
        var catalog = await gateway.GetFromJsonAsync<JsonElement>("/azora-education/api/catalog?limit=100");
        Assert.Equal(DemoCatalog.Courses.Count, catalog.GetProperty("items").GetArrayLength());
    }
}
