using Azora.Contracts;
using Azora.Messaging.Tests.Ledger;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Messaging;
using Wolverine;
using Wolverine.RabbitMQ.Internal;

namespace Azora.Messaging.Tests;

public sealed class MessagingSetupTests
{
    private static readonly PlatformOptions Split = new()
    {
        Database = DatabaseProvider.Postgres,
        PostgresConnectionString = "Host=postgres;Database=azora;Username=azora",
        RabbitMqConnectionString = "amqp://rabbitmq:5672",
    };

    [Fact]
    public void Split_processes_keep_their_envelopes_in_a_schema_of_their_own()
    {
        var ledger = MessagingSetup.For(Split, [(LedgerService.Id, typeof(LedgerContext).Assembly)]);
        var users = MessagingSetup.For(Split, [("user-service", typeof(LedgerContext).Assembly)]);

        Assert.Equal("wolverine_ledger_test", ledger.StoreSchema);
        Assert.Equal("wolverine_user_service", users.StoreSchema);
    }

    [Fact]
    public void A_store_schema_for_many_services_stays_within_the_identifier_limit()
    {
        var many = Enumerable.Range(0, 10).Select(i => $"very-long-service-name-{i}").ToList();

        var schema = MessagingSetup.StoreSchemaFor(many);

        Assert.True(schema.Length <= 63, schema);
        Assert.NotEqual(schema, MessagingSetup.StoreSchemaFor(many.Skip(1).ToList()));
    }

    [Fact]
    public void Split_mode_with_a_broker_connection_string_uses_RabbitMQ_and_provisions_it()
    {
        var options = new WolverineOptions();

        options.ApplyAzoraMessaging(MessagingSetup.For(Split, [(LedgerService.Id, typeof(LedgerContext).Assembly)]));

        var rabbitMq = options.Transports.OfType<RabbitMqTransport>().Single();
        Assert.True(rabbitMq.AutoProvision);
        Assert.Equal(DurabilityMode.Balanced, options.Durability.Mode);
    }

    [Fact]
    public void One_process_mode_runs_solo_without_a_broker()
    {
        var options = new WolverineOptions();
        var platform = new PlatformOptions { DataDirectory = Path.Combine(Path.GetTempPath(), "azora-tests", Guid.NewGuid().ToString("N")) };

        options.ApplyAzoraMessaging(MessagingSetup.For(platform, [(LedgerService.Id, typeof(LedgerContext).Assembly)]));

        Assert.Empty(options.Transports.OfType<RabbitMqTransport>());
        Assert.Equal(DurabilityMode.Solo, options.Durability.Mode);
        Directory.Delete(platform.DataDirectory, recursive: true);
    }
}

public sealed class MessageNameTests
{
    [MessageName("tests.NotVersioned")]
    private sealed record BadlyNamed;

    [Fact]
    public void A_contract_travels_under_its_message_name()
    {
        new WolverineOptions().ApplyAzoraMessaging(MessagingSetup.For(
            new PlatformOptions { Database = DatabaseProvider.Postgres, PostgresConnectionString = "Host=postgres" },
            [(LedgerService.Id, typeof(LedgerContext).Assembly)]));

        Assert.Equal("tests.credit-recorded.v1", Wolverine.Util.WolverineMessageNaming.ToMessageTypeName(typeof(CreditRecorded)));
    }

    [Fact]
    public void A_message_name_without_a_version_is_refused()
    {
        new WolverineOptions().ApplyAzoraMessaging(MessagingSetup.For(
            new PlatformOptions { Database = DatabaseProvider.Postgres, PostgresConnectionString = "Host=postgres" },
            [(LedgerService.Id, typeof(LedgerContext).Assembly)]));

        var error = Assert.Throws<InvalidOperationException>(() => Wolverine.Util.WolverineMessageNaming.ToMessageTypeName(typeof(BadlyNamed)));
        Assert.Contains("tests.NotVersioned", error.Message);
    }
}
