using System.Reflection;
using Azora.ServiceDefaults.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Azora.ServiceDefaults.Messaging;

/// <summary>Adds the process's one Wolverine runtime, once, for every service it hosts.</summary>
public static class MessagingRegistration
{
    public static IServiceCollection AddAzoraMessaging(
        this IServiceCollection services,
        PlatformOptions platform,
        IReadOnlyList<(string ServiceId, Assembly Assembly)> hosted)
    {
        var setup = MessagingSetup.For(platform, hosted);
        services.AddWolverine(ExtensionDiscovery.ManualOnly, options => options.ApplyAzoraMessaging(setup));
        var health = services.AddHealthChecks();
        foreach (var serviceId in setup.ServiceIds)
        {
            health.AddCheck<MessageStoreReadinessCheck>($"{serviceId}:messaging", tags: [serviceId]);
        }
        return services;
    }
}
