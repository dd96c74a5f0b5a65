using Azora.ServiceDefaults.Persistence;
using Azora.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Platform.Tests;

/// <summary>
/// Start-up first looks at every hosted service's database side by side (which builds the EF models), then migrates
/// them one at a time: the look must change nothing, and the start must leave nothing pending.
/// </summary>
public sealed class MigrateOnStartupTests
{
    [Fact]
    public async Task Looking_at_fresh_databases_changes_nothing_and_the_start_leaves_nothing_pending()
    {
        await using var platform = TestPlatform.Build(["user-service", "session-service", "azora-assessment"]);
        var migrators = platform.App.Services.GetServices<IDatabaseMigrator>().ToList();
        Assert.Equal(["azora-assessment", "session-service", "user-service"], migrators.Select(m => m.ServiceId).Order());

        var looked = await Task.WhenAll(migrators.Select(m => m.PendingAsync(CancellationToken.None)));
        var lookedAgain = await Task.WhenAll(migrators.Select(m => m.PendingAsync(CancellationToken.None)));
        Assert.All(looked, Assert.NotEmpty);
        Assert.Equal(looked, lookedAgain);

        await platform.App.StartAsync();
        var afterStart = await Task.WhenAll(migrators.Select(m => m.PendingAsync(CancellationToken.None)));
        Assert.All(afterStart, Assert.Empty);
    }
}
