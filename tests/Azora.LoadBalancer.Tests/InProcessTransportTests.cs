using System.Net;
using Azora.LoadBalancer.Features.InProcess;
using Azora.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.LoadBalancer.Tests;

public sealed class TcpTransportTests(GatewayWithEchoInstances host) : IClassFixture<GatewayWithEchoInstances>
{
    private readonly TestPlatform _platform = host.Platform;

    [Fact]
    public async Task Instances_in_other_processes_are_still_reached_over_tcp()
    {
        using var gateway = _platform.Gateway();

        var response = await gateway.GetAsync(new Uri("/user-service/anything", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, _platform.App.Services.GetRequiredService<InProcessListeners>().Opened);
    }
}
