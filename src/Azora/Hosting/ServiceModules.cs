using System.Reflection;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;

namespace Azora.Hosting;

/// <summary>Finds each implemented service's entry point in the assembly its catalog line names.</summary>
internal static class ServiceModules
{
    public static IAzoraService Load(CatalogEntry entry)
    {
        var assembly = Assembly.Load(new AssemblyName(entry.AssemblyName));
        var type = assembly.GetExportedTypes()
            .SingleOrDefault(t => t is { IsClass: true, IsAbstract: false } && typeof(IAzoraService).IsAssignableFrom(t))
            ?? throw new InvalidOperationException($"{entry.AssemblyName} has no public IAzoraService entry point.");
        var service = (IAzoraService)Activator.CreateInstance(type)!;
        if (service.Id != entry.Id)
        {
            throw new InvalidOperationException($"{type.FullName} says it is '{service.Id}' but the catalog lists it as '{entry.Id}'.");
        }
        return service;
    }

    /// <summary>The catalog lines to host: every implemented service, or only those asked for.</summary>
    public static IReadOnlyList<CatalogEntry> Select(ServiceCatalog catalog, IReadOnlyCollection<string>? only)
    {
        if (only is null || only.Count == 0)
        {
            return catalog.Implemented.ToList();
        }
        var selected = new List<CatalogEntry>();
        foreach (var id in only)
        {
            var entry = catalog.Find(id) ?? throw new ArgumentException($"'{id}' is not in the service catalog; `azora services` lists them.");
            if (!entry.IsImplemented)
            {
                throw new ArgumentException($"'{id}' is planned, not implemented yet.");
            }
            selected.Add(entry);
        }
        return selected;
    }
}
