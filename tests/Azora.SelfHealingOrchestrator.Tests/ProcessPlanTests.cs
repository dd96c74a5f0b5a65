using Azora.SelfHealingOrchestrator.Supervision;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;

namespace Azora.SelfHealingOrchestrator.Tests;

/// <summary>What the supervisor hands each child: replicas where the gateway and health-monitor find them, and the link to its supervisor.</summary>
public sealed class ProcessPlanTests
{
    private static IReadOnlyList<ProcessSpec> Plan(Dictionary<string, int> replicas)
    {
        var platform = new PlatformOptions
        {
            PostgresConnectionString = "Host=127.0.0.1;Username=postgres;Database=azora",
            RabbitMqConnectionString = "amqp://guest:guest@127.0.0.1:5672/",
        };
        var options = new SupervisorOptions { Enabled = true, Command = "azora", Replicas = replicas };
        return ProcessPlan.For(ServiceCatalog.Current, platform, options, "a-secret-for-the-run");
    }

    [Fact]
    public void A_replica_is_listed_for_the_gateway_and_for_health_monitor_at_its_own_address()
    {
        var plan = Plan(new() { ["payment-service"] = 2 });

        var replica = Assert.Single(plan, spec => spec.InstanceId == "payment-service-1");
        var listed = replica.Address.ToString().TrimEnd('/');
        foreach (var reader in new[] { ServiceCatalog.GatewayId, "health-monitor" })
        {
            var spec = plan.Single(s => s.ServiceId == reader);
            Assert.Equal(listed, spec.Environment["Azora__Gateway__Instances__payment-service__0"]);
        }
        Assert.DoesNotContain(plan.Single(s => s.InstanceId == "azora-lms-0").Environment.Keys, key => key.StartsWith("Azora__Gateway__Instances__", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_child_is_told_to_watch_its_supervisor_and_the_session_service_alone_knows_the_secret()
    {
        var plan = Plan([]);

        Assert.All(plan, spec => Assert.Equal(SupervisorLink.Stdin, spec.Environment[SupervisorLink.Variable]));
        Assert.Equal([ServiceCatalog.SessionServiceId],
            plan.Where(spec => spec.Environment.Values.Contains("a-secret-for-the-run")).Select(spec => spec.ServiceId));
    }
}
