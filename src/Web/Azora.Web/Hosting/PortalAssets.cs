using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Azora.Web.Assets;

/// <summary>
/// The files under <c>Assets/</c> (stylesheets, the quiz island's start-up script) at <c>/assets/&lt;name&gt;</c>, and Blazor's
/// own <c>blazor.web.js</c> at <c>/_framework/blazor.web.js</c>: embedded in the assembly, served with a day's caching, and
/// (being mapped in the portal's group) only on the portal's port.
/// </summary>
internal static class PortalAssets
{
    private const string Prefix = "Azora.Web.Assets.";
    public const string BlazorScriptPath = "/_framework/blazor.web.js";

    public static void MapPortalAssets(this IEndpointRouteBuilder endpoints)
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..];
            var path = name == "blazor.web.js" ? BlazorScriptPath : $"/assets/{name}";
            var bytes = Read(assembly, resource);
            var contentType = ContentTypeOf(name);
            endpoints.MapGet(path, (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "public, max-age=86400";
                return Results.Bytes(bytes, contentType);
            }).AllowAnonymous().ExcludeFromDescription();
        }
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The portal asset {resource} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
