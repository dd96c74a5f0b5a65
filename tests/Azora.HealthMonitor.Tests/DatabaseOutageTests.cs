using System.Net.Http.Json;
using System.Text.Json;
using Azora.Testing.Postgres;
using Npgsql;

namespace Azora.HealthMonitor.Tests;

/// <summary>
/// The database health-monitor writes to stops taking connections for two polls, while azora-lms is down: those polls
/// cannot be stored then, and are recorded in order with the first poll after the database is back, so the outage
/// counts against the uptime instead of vanishing from the history.
/// </summary>
[Collection(PostgresFixture.Collection)]
public sealed class DatabaseOutageTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Polls_made_while_the_database_was_away_are_recorded_once_it_is_back()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync();
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using var monitor = await MonitorHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Azora:Database"] = "Postgres",
            ["ConnectionStrings:Postgres"] = connectionString,
        });
        await monitor.PollAsync();

        await AllowConnectionsAsync(database, false);
        await monitor.LmsFirst.AnswerAsync(StubAnswer.Unready);
        await monitor.LmsSecond.AnswerAsync(StubAnswer.Unready);
        await Assert.ThrowsAnyAsync<Exception>(() => monitor.PollAsync());
        await Assert.ThrowsAnyAsync<Exception>(() => monitor.PollAsync());
        await AllowConnectionsAsync(database, true);
        await monitor.LmsFirst.AnswerAsync(StubAnswer.Ready);
        await monitor.LmsSecond.AnswerAsync(StubAnswer.Ready);
        await monitor.PollAsync();

        using var admin = monitor.Admin();
        var history = await admin.GetFromJsonAsync<JsonElement>($"/api/services/{MonitorHarness.LmsId}/history?from=2000-01-01T00:00:00Z");
        var uptime = history.GetProperty("uptime").EnumerateArray().First(u => u.GetProperty("window").GetString() == "24h");
        // Four polls: up, the two down while the database was away, and up again.
        Assert.Equal((4, 2), (uptime.GetProperty("polls").GetInt32(), uptime.GetProperty("upPolls").GetInt32()));
    }

    /// <summary>As if the database server were away for this database alone: no new connections, the open ones cut.</summary>
    private async Task AllowConnectionsAsync(string database, bool allowed)
    {
        await using var connection = new NpgsqlConnection(postgres.Server.AdminConnectionString);
        await connection.OpenAsync();
        await using var alter = new NpgsqlCommand($"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS {(allowed ? "true" : "false")}", connection);
        await alter.ExecuteNonQueryAsync();
        if (!allowed)
        {
            await using var cut = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @database", connection);
            cut.Parameters.AddWithValue("database", database);
            await cut.ExecuteNonQueryAsync();
            NpgsqlConnection.ClearAllPools();
        }
    }
}
