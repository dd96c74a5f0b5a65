using Azora.ServiceDefaults.Hosting;
using JasperFx;
using Wolverine;
using Wolverine.EntityFrameworkCore;
using Wolverine.Postgresql;
using Wolverine.RabbitMQ;
using Wolverine.Sqlite;
using Wolverine.Util;

namespace Azora.ServiceDefaults.Messaging;

/// <summary>
/// How the one Wolverine runtime of a process is set up. The host and the messaging tests both call
/// <see cref="ApplyAzoraMessaging"/>, so what the tests prove is what runs.
/// </summary>
/// <remarks>
/// <para>One process (SQLite): the message store lives in the same SQLite file as every service's tables
/// (<see cref="Persistence.DatabaseLocation"/>), local queues are durable, and the node runs in
/// <see cref="DurabilityMode.Solo"/>: it owns every envelope in the file, so at start-up it recovers what a previous run
/// committed but never sent.</para>
/// <para>Split (PostgreSQL): the store is the process's own schema in the platform database, nodes of the same service
/// share it (<see cref="DurabilityMode.Balanced"/>), and, when a RabbitMQ connection string is configured, every
/// message type is published to an exchange named after its identity, with one durable queue per handling process
/// bound to it, so each service that handles an event gets its own copy.</para>
/// <para>Handlers are plain Wolverine handler classes in the service's assembly: <b>public</b> classes named
/// <c>...Handler</c> with a <c>Handle</c> method taking the message (Wolverine only discovers and compiles public
/// handler types), usually under the feature that reacts. Every event type in Azora.Contracts carries a stable,
/// versioned name, <c>[MessageName("lms.course-completed.v1")]</c> (<see cref="ContractMessageNaming"/>), which is what
/// goes on the wire and into the store; a message private to one service may use Wolverine's own
/// <c>[MessageIdentity]</c>.</para>
/// <para>Services publish through <c>IDbContextOutbox&lt;TContext&gt;</c> (HTTP endpoints) or by returning or sending
/// messages from a handler that uses its DbContext; either way the envelopes are written by the service's own
/// connection inside its transaction, and sent only after it commits.</para>
/// </remarks>
public static class WolverineConfiguration
{
    public static WolverineOptions ApplyAzoraMessaging(this WolverineOptions options, MessagingSetup setup)
    {
        options.ServiceName = setup.ProcessName;
        // Each service's handler of a shared event gets its own chain, transaction and local queue: in one process,
        // azora-education's and azora-credentials' handlers of CourseCompleted succeed or fail apart, as they do split.
        options.MultipleHandlerBehavior = MultipleHandlerBehavior.Separated;
        // A service's handlers depend on its internal types (its DbContext, its projections), which generated code
        // cannot construct; they are resolved from the message's scoped container instead.
        options.ServiceLocationPolicy = JasperFx.CodeGeneration.Model.ServiceLocationPolicy.AlwaysAllowed;
        ContractMessageNaming.Register();
        // Handler pipelines are generated and compiled at start-up, so a new handler needs no build step.
        options.UseRuntimeCompilation();
        foreach (var assembly in setup.HandlerAssemblies)
        {
            options.Discovery.IncludeAssembly(assembly);
        }

        options.AutoBuildMessageStorageOnStartup = AutoCreate.CreateOrUpdate;
        if (setup.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(setup.StoreConnectionString).DataSource)!);
            options.PersistMessagesWithSqlite(new MessageStoreDataSource(setup.StoreConnectionString));
            options.Durability.Mode = DurabilityMode.Solo;
        }
        else
        {
            options.PersistMessagesWithPostgresql(setup.StoreConnectionString, setup.StoreSchema);
            options.Durability.Mode = DurabilityMode.Balanced;
            // A replica that dies holds its unsent envelopes until the others see its heartbeat go stale; a 5 s
            // heartbeat judged stale after 20 s hands them on within about half a minute instead of Wolverine's minute and more.
            options.Durability.HealthCheckPollingTime = TimeSpan.FromSeconds(5);
            options.Durability.StaleNodeTimeout = TimeSpan.FromSeconds(20);
        }

        options.UseEntityFrameworkCoreTransactions();
        options.Policies.AutoApplyTransactions();
        options.Policies.UseDurableLocalQueues();
        options.Policies.UseDurableInboxOnAllListeners();
        options.Policies.UseDurableOutboxOnAllSendingEndpoints();

        if (setup.RabbitMqConnectionString is { Length: > 0 } rabbitMq)
        {
            // Every handled message goes through the broker, so a service that also handles its own event gets it the
            // same way its peers do, from its own queue.
            options.Policies.DisableConventionalLocalRouting();
            options.UseRabbitMq(new Uri(rabbitMq))
                .AutoProvision()
                .UseConventionalRouting(routing => routing
                    .QueueNameForListener(messageType => $"{setup.ProcessName}.{messageType.ToMessageTypeName()}"));
        }
        return options;
    }
}
