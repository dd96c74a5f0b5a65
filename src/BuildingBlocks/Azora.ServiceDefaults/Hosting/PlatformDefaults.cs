using Azora.ServiceDefaults.ApiDocs;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Errors;
using Azora.ServiceDefaults.Health;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Security;
using Azora.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Azora.ServiceDefaults.Hosting;

/// <summary>The behaviour every service shares, so that a service's entry point registers only what is its own.</summary>
public static class PlatformDefaults
{
    /// <summary>Largest request body any endpoint accepts unless it raises its own limit (uploads).</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddPlatformDefaults(this WebApplicationBuilder builder, PlatformOptions platform)
    {
        builder.Services.AddSingleton(platform);
        builder.Services.AddSingleton(ServiceCatalog.Current);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddAzoraProblemDetails(builder.Environment);
        builder.Services.AddAzoraAuthentication(platform);
        builder.Services.AddAzoraRateLimiting(builder.Configuration);
        builder.Services.AddHealthChecks();
        builder.Services.AddHostedService<MigrateOnStartup>();
        if (platform.Database == DatabaseProvider.Sqlite)
        {
            // After the migrations: hosted services start in turn, and the migrations make the file.
            builder.Services.AddHostedService<SqliteCheckpointer>();
        }
        builder.Services.AddAzoraDataProtection(platform);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, ServicePortMatcherPolicy>());
        builder.Services.AddAzoraTelemetry(builder.Configuration, builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });
        return builder;
    }

    /// <summary>
    /// Registers one service: its own registrations plus its API document. Authentication schemes it adds that handle
    /// requests by themselves answer only on its port (<see cref="SchemePorts"/>).
    /// </summary>
    public static void AddAzoraService(this WebApplicationBuilder builder, IAzoraService service, CatalogEntry entry, PlatformOptions platform)
    {
        builder.Services.AddAzoraApiDocs(entry.Id);
        var firstOwn = builder.Services.Count;
        service.AddServices(new ServiceBuilder(builder.Services, builder.Configuration, builder.Environment, entry, platform));
        SchemePorts.BindNewSchemes(builder.Services, firstOwn, platform.PortOf(entry));
    }

    /// <summary>Maps one service's endpoints, the shared ones (health, metrics, API docs) first; all answer only on its port.</summary>
    public static void MapAzoraService(this WebApplication app, IAzoraService service, CatalogEntry entry, int port)
    {
        var endpoints = app.MapGroup(string.Empty)
            .WithMetadata(new ServicePortMetadata(entry.Id, port))
            .WithGroupName(entry.Id)
            .QualifyEndpointNames(entry.Id);
        endpoints.MapAzoraHealth(entry.Id);
        endpoints.MapAzoraMetrics();
        endpoints.MapAzoraApiDocs(entry.Id);
        service.MapEndpoints(endpoints);
    }

    /// <summary>The shared front of the pipeline, before the per-port branches.</summary>
    public static void UsePlatformDefaults(this WebApplication app)
    {
        app.UseAzoraProblemDetails();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAzoraRateLimiting();
        app.UseAuthorization();
    }
}
