using Azora.Hosting;

namespace Azora.Testing.RabbitMq;

/// <summary>
/// A throwaway RabbitMQ broker from Debian's <c>rabbitmq-server</c> on free loopback ports (AMQP, Erlang distribution and
/// epmd), with its own node name, cookie, database and logs in a temp folder (<see cref="LocalRabbitMq"/>), removed on
/// dispose. A missing broker fails the test with the fix (test.sh installs it), never a silent skip.
/// </summary>
public static class RabbitMqServer
{
    public static Task<LocalRabbitMq> StartAsync() => LocalRabbitMq.StartAsync(FreePorts.Next(), FreePorts.Next(), FreePorts.Next());
}

/// <summary>
/// One broker shared by a test project's RabbitMQ tests. As with <see cref="Postgres.PostgresFixture"/>, the test project
/// declares <c>[CollectionDefinition(RabbitMqFixture.Collection)] public sealed class RabbitMqCollection : ICollectionFixture&lt;RabbitMqFixture&gt;;</c>.
/// </summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    public const string Collection = "RabbitMQ";

    private LocalRabbitMq? _server;

    public LocalRabbitMq Server => _server ?? throw new InvalidOperationException("The RabbitMQ broker has not started.");

    public async Task InitializeAsync() => _server = await RabbitMqServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
