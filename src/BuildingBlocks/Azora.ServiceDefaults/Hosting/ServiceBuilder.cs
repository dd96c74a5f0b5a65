using Azora.ServiceDefaults.Catalog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Azora.ServiceDefaults.Hosting;

/// <summary>What a service sees while it registers itself: the shared container, configuration and its catalog line.</summary>
public sealed class ServiceBuilder(
    IServiceCollection services,
    IConfiguration configuration,
    IHostEnvironment environment,
    CatalogEntry entry,
    PlatformOptions platform)
{
    public IServiceCollection Services { get; } = services;
    public IConfiguration Configuration { get; } = configuration;
    public IHostEnvironment Environment { get; } = environment;
    public CatalogEntry Entry { get; } = entry;
    public PlatformOptions Platform { get; } = platform;

    /// <summary>Adds a readiness check that counts only for this service's <c>/health/ready</c>.</summary>
    public ServiceBuilder AddReadinessCheck<TCheck>(string name) where TCheck : class, IHealthCheck
    {
        Services.AddHealthChecks().AddCheck<TCheck>($"{Entry.Id}:{name}", tags: [Entry.Id]);
        return this;
    }
}
