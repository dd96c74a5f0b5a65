using Azora.Messaging.Tests.Ledger;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Messaging;
using Azora.ServiceDefaults.Persistence;
using Azora.Testing.Postgres;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Azora.Messaging.Tests;

/// <summary>AddDatabase applies a service's migrations where the service owns its tables, and its readiness reflects them.</summary>
public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "azora-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Migrations_create_the_service_tables_with_its_prefix_beside_the_message_store()
    {
        var platform = new PlatformOptions { DataDirectory = _directory, Database = DatabaseProvider.Sqlite };
        await using var ledger = await LedgerHost.StartAsync(platform);

        var tables = new List<string>();
        await using (var connection = new SqliteConnection(DatabaseLocation.SqliteConnectionString(_directory)))
        {
            await connection.OpenAsync();
            await using var command = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("ledger_test_entries", tables);
        Assert.Contains("ledger_test_processed_messages", tables);
        Assert.Contains("ledger_test__ef_migrations_history", tables);
        Assert.Contains("wolverine_outgoing_envelopes", tables);
        Assert.DoesNotContain("entries", tables);
        await AssertReadyAsync(ledger);

        ProtectSomething(ledger);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_directory, "keys"), "*.xml"));
    }

    /// <summary>Protecting a payload makes Data Protection create its first key in the configured key ring.</summary>
    internal static void ProtectSomething(LedgerHost ledger)
    {
        var protector = ledger.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("tests");
        Assert.Equal("payload", protector.Unprotect(protector.Protect("payload")));
    }

    internal static async Task AssertReadyAsync(LedgerHost ledger)
    {
        var report = await ledger.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, report.Entries[$"{LedgerService.Id}:database"].Status);
        Assert.Equal(HealthStatus.Healthy, report.Entries[$"{LedgerService.Id}:messaging"].Status);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}

[Collection(PostgresFixture.Collection)]
public sealed class PostgresDatabaseTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Migrations_create_the_service_tables_in_its_own_schema_and_the_message_store_in_the_process_schema()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync();
        var platform = new PlatformOptions { Database = DatabaseProvider.Postgres, PostgresConnectionString = connectionString };
        await using var ledger = await LedgerHost.StartAsync(platform);

        var tables = new List<string>();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
                connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("ledger_test.entries", tables);
        Assert.Contains("ledger_test.processed_messages", tables);
        Assert.Contains("ledger_test.__ef_migrations_history", tables);
        var store = MessagingSetup.StoreSchemaFor([LedgerService.Id]);
        Assert.Equal("wolverine_ledger_test", store);
        Assert.Contains($"{store}.wolverine_outgoing_envelopes", tables);
        Assert.DoesNotContain(tables, table => table.StartsWith("public.", StringComparison.Ordinal));
        await SqliteDatabaseTests.AssertReadyAsync(ledger);

        SqliteDatabaseTests.ProtectSomething(ledger);
        await using var keys = new NpgsqlConnection(connectionString);
        await keys.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM data_protection.keys", keys);
        Assert.True((long)(await count.ExecuteScalarAsync())! > 0);
    }
}
