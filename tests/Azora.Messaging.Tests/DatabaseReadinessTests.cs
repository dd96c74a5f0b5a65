using Azora.Messaging.Tests.Ledger;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Azora.Messaging.Tests;

/// <summary>A service's database readiness on PostgreSQL, as the gateway's probes ask for it.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class DatabaseReadinessTests(PostgresFixture postgres)
{
    private const string Check = $"{LedgerService.Id}:database";

    private static async Task<HealthReportEntry> ProbeAsync(LedgerHost ledger) =>
        (await ledger.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == Check)).Entries[Check];

    /// <summary>Makes the ledger's applied migrations look pending (or applied again) by renaming them in its history.</summary>
    private static Task HideMigrationsAsync(LedgerHost ledger, PlatformOptions platform, bool hidden)
    {
        var history = DatabaseLocation.For(LedgerService.Id, platform).MigrationsHistoryTable;
        var renamed = hidden ? "\"MigrationId\" || '-hidden'" : "replace(\"MigrationId\", '-hidden', '')";
#pragma warning disable EF1002 // the table name comes from DatabaseLocation, not from input
        return ledger.QueryAsync(db => db.Database.ExecuteSqlRawAsync($"UPDATE \"{history}\" SET \"MigrationId\" = {renamed}"));
#pragma warning restore EF1002
    }

    [Fact]
    public async Task A_database_with_pending_migrations_is_not_ready_until_they_are_applied_and_then_is_not_asked_again()
    {
        var platform = new PlatformOptions
        {
            Database = DatabaseProvider.Postgres,
            PostgresConnectionString = await postgres.Server.CreateDatabaseAsync(),
        };
        await using var ledger = await LedgerHost.StartAsync(platform);

        await HideMigrationsAsync(ledger, platform, hidden: true);
        var pending = await ProbeAsync(ledger);
        await HideMigrationsAsync(ledger, platform, hidden: false);
        var applied = await ProbeAsync(ledger);
        await HideMigrationsAsync(ledger, platform, hidden: true);
        var remembered = await ProbeAsync(ledger);

        Assert.Equal(HealthStatus.Unhealthy, pending.Status);
        Assert.Contains("migrations are not applied", pending.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, applied.Status);
        Assert.Equal(HealthStatus.Healthy, remembered.Status);
    }

    [Fact]
    public async Task A_database_that_stops_answering_is_not_ready_although_its_pooled_connections_were_open()
    {
        var database = await postgres.Server.CreateDatabaseAsync();
        var name = new NpgsqlConnectionStringBuilder(database).Database!;
        await using var ledger = await LedgerHost.StartAsync(new PlatformOptions { Database = DatabaseProvider.Postgres, PostgresConnectionString = database });
        var ready = await ProbeAsync(ledger);

        await AdminAsync($"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS false");
        await AdminAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
        var refused = await ProbeAsync(ledger);
        await AdminAsync($"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS true");

        Assert.Equal(HealthStatus.Healthy, ready.Status);
        Assert.Equal(HealthStatus.Unhealthy, refused.Status);
        Assert.Equal("The database does not answer.", refused.Description);
    }

    private async Task AdminAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(postgres.Server.AdminConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
