using System.Security.Cryptography;
using Azora.Contracts;
using Azora.SelfHealingOrchestrator.Data;
using Azora.SelfHealingOrchestrator.Features.Processes;
using Azora.SelfHealingOrchestrator.Supervision;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Azora.SelfHealingOrchestrator;

/// <summary>
/// Supervises the split platform: with <c>Azora:Supervisor:Enabled</c> (what <c>azora run --split</c> sets) it starts every
/// implemented service as its own process, restarts failed ones with backoff, stops at crash loops, keeps the gateway's
/// rotation in step, and records it all; <c>GET /api/processes</c> shows it. Elsewhere (one process, Kubernetes) it
/// starts nothing and its API lists what it last supervised.
/// </summary>
public sealed class SelfHealingOrchestratorService : IAzoraService
{
    public string Id => "self-healing-orchestrator";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<SelfHealingOrchestratorDbContext, SelfHealingOrchestratorSqliteContext, SelfHealingOrchestratorPostgresContext>();
        var options = SupervisorOptions.From(builder.Configuration);
        if (!options.Enabled)
        {
            return;
        }

        var catalog = ServiceCatalog.Current;
        // A random secret for this run only, known to this process and handed to session-service in its environment.
        var secret = options.ClientSecret is { Length: > 0 } configured ? configured : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var plan = ProcessPlan.For(catalog, builder.Platform, options, secret);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton<IReadOnlyList<ProcessSpec>>(plan);
        services.AddSingleton<IReadinessProbe>(_ => new HttpReadinessProbe(new HttpClient { Timeout = TimeSpan.FromSeconds(5) }));
        services.AddSingleton<IGatewayRegistry>(provider => new HttpGatewayRegistry(
            new HttpClient { Timeout = TimeSpan.FromSeconds(10) },
            builder.Platform.AddressOf(catalog.Get(ServiceCatalog.GatewayId)),
            builder.Platform.AddressOf(catalog.Get(ServiceCatalog.SessionServiceId)),
            secret,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<HttpGatewayRegistry>>()));
        services.AddSingleton<ISupervisionJournal, DatabaseSupervisionJournal>();
        services.AddSingleton<ProcessSupervisor>();
        services.AddHostedService(provider => provider.GetRequiredService<ProcessSupervisor>());
        // The gateway stops first, then every service, each with its grace period, within the host's shutdown.
        services.Configure<HostOptions>(host => host.ShutdownTimeout = (2 * options.ShutdownTimeout) + TimeSpan.FromSeconds(10));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var processes = endpoints.MapGroup("/api/processes").WithTags("Processes")
            .RequireAuthorization(policy => policy.RequireRole(Roles.PlatformAdmin))
            .ValidateDataAnnotations();
        ListProcesses.Map(processes);
        ListProcessEvents.Map(processes);
    }
}
