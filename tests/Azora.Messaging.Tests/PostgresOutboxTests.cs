using Azora.ServiceDefaults.Hosting;
using Azora.Testing.Postgres;

namespace Azora.Messaging.Tests;

/// <summary>Split mode: the ledger's own schema and the process's Wolverine schema in a real PostgreSQL database.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class PostgresOutboxTests(PostgresFixture postgres) : OutboxTests
{
    protected override async Task<PlatformOptions> NewPlatformAsync() => new()
    {
        Database = DatabaseProvider.Postgres,
        PostgresConnectionString = await postgres.Server.CreateDatabaseAsync(),
    };
}
