using Azora.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Routing;

namespace Azora.SessionService;

public sealed class SessionService : IAzoraService
{
    public string Id => "session-service";

    public void AddServices(ServiceBuilder builder)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
