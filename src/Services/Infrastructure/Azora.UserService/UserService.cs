using Azora.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Routing;

namespace Azora.UserService;

public sealed class UserService : IAzoraService
{
    public string Id => "user-service";

    public void AddServices(ServiceBuilder builder)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
