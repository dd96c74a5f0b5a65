using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Scalar.AspNetCore;

namespace Azora.ServiceDefaults.ApiDocs;

/// <summary>One OpenAPI document per service at <c>/openapi/{id}.json</c> and a browsable reference at <c>/docs</c>.</summary>
public static class ApiDocsDefaults
{
    public static IServiceCollection AddAzoraApiDocs(this IServiceCollection services, string serviceId)
    {
        services.AddOpenApi(serviceId, options =>
        {
            options.ShouldInclude = description => description.GroupName == serviceId;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = serviceId;
                document.Info.Description = Catalog.ServiceCatalog.Current.Find(serviceId)?.Purpose;
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, _, _) =>
            {
                if (operation.OperationId is { } id)
                {
                    operation.OperationId = Hosting.ServiceEndpointNames.Unqualify(serviceId, id);
                }
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static void MapAzoraApiDocs(this IEndpointRouteBuilder endpoints, string serviceId)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        endpoints.MapScalarApiReference("/docs", options => options
            .WithTitle($"{serviceId} API")
            .WithOpenApiRoutePattern($"/openapi/{serviceId}.json"))
            .AllowAnonymous();
    }
}
