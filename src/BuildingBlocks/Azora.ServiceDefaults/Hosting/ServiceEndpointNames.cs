using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Azora.ServiceDefaults.Hosting;

/// <summary>
/// Endpoint names (<c>.WithName("GetCourse")</c>) must be unique in a process, and one process hosts many services
/// that each name their own endpoints. The host qualifies every name with its service id (<c>azora-lms.GetCourse</c>);
/// each service's OpenAPI document shows its names unqualified again.
/// </summary>
public static class ServiceEndpointNames
{
    public static string Qualify(string serviceId, string name) => $"{serviceId}.{name}";

    /// <summary>The name as the service gave it: <paramref name="qualified"/> without its service id.</summary>
    public static string Unqualify(string serviceId, string qualified) =>
        qualified.StartsWith(serviceId + ".", StringComparison.Ordinal) ? qualified[(serviceId.Length + 1)..] : qualified;

    /// <summary>Qualifies the names of every endpoint mapped in <paramref name="group"/>, after the endpoints' own conventions.</summary>
    public static RouteGroupBuilder QualifyEndpointNames(this RouteGroupBuilder group, string serviceId)
    {
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            for (var i = 0; i < endpoint.Metadata.Count; i++)
            {
                endpoint.Metadata[i] = endpoint.Metadata[i] switch
                {
                    EndpointNameMetadata name => new EndpointNameMetadata(Qualify(serviceId, name.EndpointName)),
                    RouteNameMetadata route when route.RouteName is { } routeName => new RouteNameMetadata(Qualify(serviceId, routeName)),
                    var other => other,
                };
            }
        });
        return group;
    }
}
