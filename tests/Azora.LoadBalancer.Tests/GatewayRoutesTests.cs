using Azora.LoadBalancer.Domain;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Yarp.ReverseProxy.Configuration;

namespace Azora.LoadBalancer.Tests;

public sealed class GatewayRoutesTests
{
    private static readonly ServiceCatalog Catalog = new(
    [
        new CatalogEntry("load-balancer", 3303, "infrastructure", "src/Services/Infrastructure/Azora.LoadBalancer", "Gateway", ServiceStatus.Implemented),
        new CatalogEntry("user-service", 3306, "infrastructure", "src/Services/Infrastructure/Azora.UserService", "Accounts", ServiceStatus.Implemented),
        new CatalogEntry("session-service", 3304, "infrastructure", "src/Services/Infrastructure/Azora.SessionService", "Tokens", ServiceStatus.Implemented),
        new CatalogEntry("azora-lms", 3101, "education", "src/Services/Education/Azora.Lms", "Courses", ServiceStatus.Planned),
    ]);

    private static GatewayConfig Build(PlatformOptions? platform = null, GatewayOptions? options = null) =>
        GatewayRoutes.Build(Catalog, platform ?? new PlatformOptions(), options ?? new GatewayOptions());

    [Fact]
    public void Every_implemented_service_except_the_gateway_gets_one_route_and_one_cluster()
    {
        var gateway = Build();

        Assert.Equal(["user-service", "session-service"], gateway.Routes.Select(r => r.RouteId));
        Assert.Equal(["user-service", "session-service"], gateway.Clusters.Select(c => c.ClusterId));
        Assert.All(gateway.Routes, route => Assert.Equal(route.RouteId, route.ClusterId));
    }

    [Fact]
    public void The_real_catalog_routes_every_implemented_service_but_the_gateway()
    {
        var catalog = ServiceCatalog.Current;
        var gateway = GatewayRoutes.Build(catalog, new PlatformOptions(), new GatewayOptions());

        var expected = catalog.Implemented.Select(e => e.Id).Where(id => id != ServiceCatalog.GatewayId).Order();
        Assert.Equal(expected, gateway.Routes.Select(r => r.RouteId).Order());
        Assert.DoesNotContain(gateway.Routes, r => catalog.Get(r.RouteId).Status == ServiceStatus.Planned);
    }

    [Fact]
    public void Planned_services_get_no_route()
    {
        var gateway = Build();

        Assert.DoesNotContain(gateway.Routes, r => r.RouteId == "azora-lms");
        Assert.DoesNotContain(gateway.Clusters, c => c.ClusterId == "azora-lms");
    }

    [Fact]
    public void A_route_matches_the_service_prefix_and_strips_it()
    {
        var route = Build().Routes.Single(r => r.RouteId == "user-service");

        Assert.Equal("/user-service/{**rest}", route.Match.Path);
        Assert.Contains(route.Transforms!, t => t.TryGetValue("PathRemovePrefix", out var prefix) && prefix == "/user-service");
        Assert.Contains(route.Transforms!, t =>
            t.TryGetValue("RequestHeader", out var header) && header == "X-Forwarded-Prefix"
            && t.TryGetValue("Set", out var value) && value == "/user-service");
    }

    [Fact]
    public void A_route_leaves_authorization_to_the_service_and_rate_limiting_to_the_proxy_pipelines_edge_limit()
    {
        var route = Build().Routes.Single(r => r.RouteId == "session-service");

        Assert.Equal("anonymous", route.AuthorizationPolicy);
        Assert.Null(route.RateLimiterPolicy);
    }

    [Fact]
    public void A_route_lets_bodies_up_to_the_configured_limit_through_for_the_service_to_judge()
    {
        Assert.All(Build().Routes, route => Assert.Equal(64L * 1024 * 1024, route.MaxRequestBodySize));
        Assert.All(Build(options: new GatewayOptions { MaxRequestBodyBytes = 5_000_000 }).Routes,
            route => Assert.Equal(5_000_000, route.MaxRequestBodySize));
    }

    [Fact]
    public void The_destination_is_the_platform_address_of_the_service()
    {
        var platform = new PlatformOptions
        {
            Ports = { ["user-service"] = 4406 },
            Addresses = { ["session-service"] = "http://session-service:3304" },
        };

        var clusters = Build(platform).Clusters.ToDictionary(c => c.ClusterId);

        Assert.Equal(["http://localhost:4406/"], clusters["user-service"].Destinations!.Values.Select(d => d.Address));
        Assert.Equal(["http://session-service:3304/"], clusters["session-service"].Destinations!.Values.Select(d => d.Address));
    }

    [Fact]
    public void Extra_instances_become_extra_destinations()
    {
        var options = new GatewayOptions
        {
            Instances = { ["user-service"] = ["http://10.0.0.7:3306", "http://10.0.0.8:3306/", "http://localhost:3306"] },
        };

        var cluster = Build(options: options).Clusters.Single(c => c.ClusterId == "user-service");

        Assert.Equal(
            ["http://localhost:3306/", "http://10.0.0.7:3306/", "http://10.0.0.8:3306/"],
            cluster.Destinations!.Values.Select(d => d.Address));
        Assert.Equal(["user-service-0", "user-service-1", "user-service-2"], cluster.Destinations.Keys);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://10.0.0.7/")]
    [InlineData("/relative")]
    [InlineData("http://10.0.0.7:3306/?x=1")]
    public void A_malformed_instance_address_is_refused_naming_the_setting(string address)
    {
        var options = new GatewayOptions { Instances = { ["user-service"] = ["http://10.0.0.7:3306", address] } };

        var error = Assert.Throws<InvalidOperationException>(() => Build(options: options));
        Assert.Contains("Azora:Gateway:Instances:user-service:1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("azora-lms")]
    [InlineData("load-balancer")]
    [InlineData("no-such-service")]
    public void Instances_for_a_service_the_gateway_does_not_route_are_refused(string serviceId)
    {
        var options = new GatewayOptions { Instances = { [serviceId] = ["http://10.0.0.7:3101"] } };

        var error = Assert.Throws<InvalidOperationException>(() => Build(options: options));
        Assert.Contains(serviceId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clusters_use_the_configured_policy_and_check_health_actively_and_passively()
    {
        var options = new GatewayOptions
        {
            LoadBalancingPolicy = "RoundRobin",
            HealthChecks = { Interval = TimeSpan.FromSeconds(3), Timeout = TimeSpan.FromSeconds(2), ReactivationPeriod = TimeSpan.FromSeconds(20) },
        };

        var cluster = Build(options: options).Clusters.Single(c => c.ClusterId == "user-service");

        Assert.Equal("RoundRobin", cluster.LoadBalancingPolicy);
        var active = cluster.HealthCheck!.Active!;
        Assert.True(active.Enabled);
        Assert.Equal("/health/ready", active.Path);
        Assert.Equal("AzoraReadiness", active.Policy);
        Assert.Equal(TimeSpan.FromSeconds(3), active.Interval);
        Assert.Equal(TimeSpan.FromSeconds(2), active.Timeout);
        var passive = cluster.HealthCheck.Passive!;
        Assert.True(passive.Enabled);
        Assert.Equal("TransportFailureRate", passive.Policy);
        Assert.Equal(TimeSpan.FromSeconds(20), passive.ReactivationPeriod);
    }

    [Fact]
    public void The_default_policy_is_power_of_two_choices()
    {
        Assert.All(Build().Clusters, c => Assert.Equal("PowerOfTwoChoices", c.LoadBalancingPolicy));
    }
}
