using Azora.Contracts;
using Azora.HealthMonitor.Data;
using Azora.HealthMonitor.Features.History;
using Azora.HealthMonitor.Features.Incidents;
using Azora.HealthMonitor.Features.Status;
using Azora.HealthMonitor.Polling;
using Azora.HealthMonitor.Uptime;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.HealthMonitor;

/// <summary>
/// Health: polls the readiness of every instance of every service, keeps the history, measures uptime against each
/// service's objective, opens and resolves incidents by itself, and serves a public status page and an admin API.
/// </summary>
public sealed class HealthMonitorService : IAzoraService
{
    public string Id => "health-monitor";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<HealthMonitorDbContext, HealthMonitorSqliteContext, HealthMonitorPostgresContext>();
        var options = HealthMonitorOptions.From(builder.Configuration);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(MonitoredServices.From(ServiceCatalog.Current, builder.Platform, builder.Configuration));
        builder.Services.AddHttpClient<ReadinessProbe>(ReadinessProbe.HttpClientName, client =>
            {
                client.Timeout = options.ProbeTimeout * 2;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("azora-health-monitor");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new System.Net.Http.SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                ConnectTimeout = options.ProbeTimeout,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
        builder.Services.AddSingleton<HealthPoller>();
        builder.Services.AddHostedService<PollSchedule>();
        builder.Services.AddScoped<UptimeCalculator>();
        builder.Services.AddScoped<StatusReporter>();
        builder.Services.AddScoped<IncidentNotes>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        StatusPage.Map(endpoints);

        var api = endpoints.MapGroup("/api").RequireAuthorization().ValidateDataAnnotations();
        GetStatus.Map(api.MapGroup(string.Empty).WithTags("Status"));

        var services = api.MapGroup("/services").WithTags("History").RequireAuthorization(PlatformAdminsOnly);
        GetServiceHistory.Map(services);

        var incidents = api.MapGroup("/incidents").WithTags("Incidents").RequireAuthorization(PlatformAdminsOnly);
        ListIncidents.Map(incidents);
        GetIncident.Map(incidents);
        AddIncidentNote.Map(incidents);
    }

    private static void PlatformAdminsOnly(AuthorizationPolicyBuilder policy) => policy.RequireRole(Roles.PlatformAdmin);
}
