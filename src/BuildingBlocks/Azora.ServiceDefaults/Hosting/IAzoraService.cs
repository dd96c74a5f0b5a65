using Microsoft.AspNetCore.Routing;

namespace Azora.ServiceDefaults.Hosting;

/// <summary>
/// The entry point the host calls for one service: register what it needs, then map its endpoints.
/// A service never knows whether it runs alone or beside the others in one process.
/// </summary>
public interface IAzoraService
{
    /// <summary>The catalog id, e.g. <c>user-service</c>.</summary>
    string Id { get; }

    void AddServices(ServiceBuilder builder);

    /// <summary>Maps the service's endpoints. They answer only on the service's own port.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
