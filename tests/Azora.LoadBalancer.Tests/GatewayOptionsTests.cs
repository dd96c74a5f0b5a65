using Azora.LoadBalancer.Domain;
using Microsoft.Extensions.Configuration;

namespace Azora.LoadBalancer.Tests;

public sealed class GatewayOptionsTests
{
    private static GatewayOptions Read(Dictionary<string, string?> settings) =>
        GatewayOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    [Fact]
    public void Settings_are_read_from_the_gateway_section()
    {
        var options = Read(new()
        {
            ["Azora:Gateway:Instances:user-service:0"] = "http://10.0.0.7:3306",
            ["Azora:Gateway:Instances:user-service:1"] = "http://10.0.0.8:3306",
            ["Azora:Gateway:LoadBalancingPolicy"] = "LeastRequests",
            ["Azora:Gateway:HealthChecks:Interval"] = "00:00:05",
            ["Azora:Gateway:RateLimit:PermitLimit"] = "7",
            ["Azora:Gateway:RateLimit:Window"] = "00:00:30",
        });

        Assert.Equal(["http://10.0.0.7:3306", "http://10.0.0.8:3306"], options.Instances["user-service"]);
        Assert.Equal("LeastRequests", options.LoadBalancingPolicy);
        Assert.Equal(TimeSpan.FromSeconds(5), options.HealthChecks.Interval);
        Assert.Equal(7, options.RateLimit.PermitLimit);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RateLimit.Window);
    }

    [Theory]
    [InlineData("Azora:Gateway:RateLimit:PermitLimit", "0")]
    [InlineData("Azora:Gateway:RateLimit:Window", "00:00:00")]
    [InlineData("Azora:Gateway:HealthChecks:Interval", "-00:00:01")]
    [InlineData("Azora:Gateway:HealthChecks:Timeout", "00:00:00")]
    [InlineData("Azora:Gateway:HealthChecks:ReactivationPeriod", "00:00:00")]
    [InlineData("Azora:Gateway:LoadBalancingPolicy", " ")]
    [InlineData("Azora:Gateway:HealthChecks:UnhealthyAfterFailures", "0")]
    [InlineData("Azora:Gateway:HealthChecks:PassiveFailureRate", "0")]
    [InlineData("Azora:Gateway:HealthChecks:PassiveFailureRate", "1.5")]
    [InlineData("Azora:Gateway:HealthChecks:PassiveMinimumRequests", "0")]
    [InlineData("Azora:Gateway:HealthChecks:PassiveWindow", "00:00:00")]
    [InlineData("Azora:Gateway:Retries:MaxAttempts", "0")]
    public void A_setting_out_of_range_is_refused_by_name(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(new() { [key] = value }));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}
