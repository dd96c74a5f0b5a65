namespace Azora.Deploy.Compose;

/// <summary>PostgreSQL and RabbitMQ for a compose stack; their passwords come from the environment, never from the file.</summary>
internal static class BackingServices
{
    public const string PostgresVolume = "postgres-data";
    private const string User = "azora";
    private const string PostgresPassword = "${AZORA_POSTGRES_PASSWORD:?set AZORA_POSTGRES_PASSWORD}";
    private const string RabbitMqPassword = "${AZORA_RABBITMQ_PASSWORD:?set AZORA_RABBITMQ_PASSWORD}";

    public static string PostgresConnectionString =>
        $"Host={ServiceEnvironment.PostgresHost};Port=5432;Database={User};Username={User};Password={PostgresPassword}";

    public static string RabbitMqConnectionString => $"amqp://{User}:{RabbitMqPassword}@{ServiceEnvironment.RabbitMqHost}:5672/";

    public static IEnumerable<KeyValuePair<string, ComposeService>> All =>
    [
        KeyValuePair.Create(ServiceEnvironment.PostgresHost, new ComposeService
        {
            Image = "postgres:15",
            Restart = "unless-stopped",
            Environment = new()
            {
                ["POSTGRES_USER"] = User,
                ["POSTGRES_PASSWORD"] = PostgresPassword,
                ["POSTGRES_DB"] = User,
            },
            Volumes = [$"{PostgresVolume}:/var/lib/postgresql/data"],
            Healthcheck = Healthcheck(["CMD-SHELL", $"pg_isready --username={User} --dbname={User}"]),
        }),
        KeyValuePair.Create(ServiceEnvironment.RabbitMqHost, new ComposeService
        {
            Image = "rabbitmq:3-management",
            Restart = "unless-stopped",
            Environment = new()
            {
                ["RABBITMQ_DEFAULT_USER"] = User,
                ["RABBITMQ_DEFAULT_PASS"] = RabbitMqPassword,
            },
            Ports = [new PortMapping(15672, 15672)],
            Healthcheck = Healthcheck(["CMD", "rabbitmq-diagnostics", "--quiet", "ping"]),
        }),
    ];

    public static ComposeHealthcheck Healthcheck(List<string> test) => new()
    {
        Test = test,
        Interval = "5s",
        Timeout = "5s",
        Retries = 12,
        StartPeriod = "10s",
    };
}
