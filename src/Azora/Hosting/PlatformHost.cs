using System.Net;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Messaging;

namespace Azora.Hosting;

/// <summary>
/// One ASP.NET Core host for any set of services: Kestrel listens on each one's port and each answers only there.
/// <c>azora run</c> hosts every implemented service; <c>azora run --service</c> hosts a few; tests host what they need.
/// </summary>
public static class PlatformHost
{
    public static WebApplication Build(string[] args, IReadOnlyCollection<string>? only = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables();
        configure?.Invoke(builder);

        var platform = PlatformOptions.From(builder.Configuration);
        var catalog = ServiceCatalog.Current;
        var hosted = ServiceModules.Select(catalog, only)
            .Select(entry => (Entry: entry, Service: ServiceModules.Load(entry), Port: platform.PortOf(entry)))
            .ToList();

        builder.AddPlatformDefaults(platform);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var address = IPAddress.Parse(platform.ListenAddress);
            foreach (var (_, _, port) in hosted)
            {
                kestrel.Listen(address, port);
            }
        });
        foreach (var (entry, service, _) in hosted)
        {
            builder.AddAzoraService(service, entry, platform);
        }
        // One Wolverine runtime for the whole process, finding message handlers in every hosted service's assembly.
        builder.Services.AddAzoraMessaging(platform, [.. hosted.Select(h => (h.Entry.Id, h.Service.GetType().Assembly))]);

        var app = builder.Build();
        app.UsePlatformDefaults();
        foreach (var (entry, service, port) in hosted)
        {
            app.MapAzoraService(service, entry, port);
        }
        return app;
    }
}
