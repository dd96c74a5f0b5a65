using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Azora.Web.Assets;

/// <summary>The stylesheet and the quiz page's script, embedded in the assembly and served with a day's caching.</summary>
internal static class PortalAssets
{
    private static readonly (string Path, string Resource, string ContentType)[] Files =
    [
        ("/assets/site.css", "Azora.Web.Assets.site.css", "text/css; charset=utf-8"),
        ("/assets/quiz.js", "Azora.Web.Assets.quiz.js", "text/javascript; charset=utf-8"),
    ];

    public static void MapPortalAssets(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (path, resource, contentType) in Files)
        {
            var bytes = Read(resource);
            endpoints.MapGet(path, (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "public, max-age=86400";
                return Results.Bytes(bytes, contentType);
            }).AllowAnonymous().ExcludeFromDescription();
        }
    }

    private static byte[] Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The portal asset {resource} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
