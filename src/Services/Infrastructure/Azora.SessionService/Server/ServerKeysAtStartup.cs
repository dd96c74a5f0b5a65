using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace Azora.SessionService.Server;

/// <summary>
/// Builds OpenIddict's server options while the host starts, after the migrations and before it listens, and with them
/// loads the signing and encryption keys (creating them on a fresh database: an RSA key generation). Built on first use,
/// they made the first request of any kind wait for that work, since OpenIddict looks at every request: that request is
/// usually the gateway's readiness probe, which timed out under load and took session-service out of rotation.
/// </summary>
internal sealed class ServerKeysAtStartup(IOptionsMonitor<OpenIddictServerOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = options.CurrentValue;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
