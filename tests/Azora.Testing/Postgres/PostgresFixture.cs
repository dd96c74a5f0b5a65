namespace Azora.Testing.Postgres;

/// <summary>
/// One PostgreSQL cluster shared by a test project's PostgreSQL tests; each test makes its own database.
/// xUnit looks for collection definitions only in the test assembly, so each project declares
/// <c>[CollectionDefinition(PostgresFixture.Collection)] public sealed class PostgresCollection : ICollectionFixture&lt;PostgresFixture&gt;;</c>
/// and its test classes carry <c>[Collection(PostgresFixture.Collection)]</c>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string Collection = "PostgreSQL";

    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL cluster has not started.");

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
