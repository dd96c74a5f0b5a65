using Azora.HealthMonitor.Polling;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Microsoft.Extensions.Configuration;

namespace Azora.HealthMonitor.Tests;

public sealed class MonitoredServicesTests
{
    private static MonitoredServices From(Dictionary<string, string?> settings, PlatformOptions? platform = null) =>
        MonitoredServices.From(ServiceCatalog.Current, platform ?? new PlatformOptions(), new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    [Fact]
    public void Every_implemented_service_is_watched_at_its_platform_address_and_at_the_gateways_extra_instances()
    {
        var platform = new PlatformOptions { Addresses = { ["azora-lms"] = "http://lms-a:3101" } };

        var monitored = From(new() { ["Azora:Gateway:Instances:azora-lms:0"] = "http://lms-b:3101/", ["Azora:Gateway:Instances:azora-lms:1"] = "http://lms-a:3101" }, platform);

        Assert.Equal(ServiceCatalog.Current.Implemented.Select(s => s.Id), monitored.Services.Select(s => s.Id));
        Assert.Equal(
            ["http://lms-a:3101/", "http://lms-b:3101/"],
            monitored.Instances.Where(i => i.ServiceId == "azora-lms").Select(i => i.BaseAddress.ToString()));
        Assert.Single(monitored.Instances, i => i.ServiceId == "health-monitor");
        Assert.DoesNotContain(monitored.Instances, i => i.ServiceId == "azora-forge");
    }

    [Theory]
    [InlineData("Azora:Gateway:Instances:azora-forge:0", "http://forge:3116")]
    [InlineData("Azora:Gateway:Instances:azora-lms:0", "ftp://lms-b")]
    [InlineData("Azora:Gateway:Instances:azora-lms:0", "not an address")]
    public void A_bad_instance_setting_stops_the_start_with_a_message_naming_it(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => From(new() { [key] = value }));

        Assert.Contains("Azora:Gateway:Instances", error.Message, StringComparison.Ordinal);
    }
}
