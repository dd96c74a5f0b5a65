using Microsoft.Extensions.Configuration;

namespace Azora.Content;

/// <summary>azora-content's settings, from the <c>Azora:Content</c> configuration section.</summary>
internal sealed class ContentOptions
{
    public const string Section = "Azora:Content";

    /// <summary>The largest media file accepted, in bytes.</summary>
    public long MaxMediaBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>
    /// Where rendered lessons point for media: the gateway's path to <c>GET /api/media/{hash}</c> by default, which is how
    /// browsers and other clients reach the service.
    /// </summary>
    public string MediaBaseUrl { get; set; } = "/azora-content/api/media/";

    public static ContentOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<ContentOptions>() ?? new ContentOptions();
        if (options.MaxMediaBytes <= 0)
        {
            throw new InvalidOperationException($"{Section}:MaxMediaBytes must be a positive number of bytes.");
        }
        if (!options.MediaBaseUrl.EndsWith('/'))
        {
            options.MediaBaseUrl += "/";
        }
        return options;
    }
}
