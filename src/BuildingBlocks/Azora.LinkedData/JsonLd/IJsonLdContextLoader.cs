using System.Text.Json;

namespace Azora.LinkedData.JsonLd;

/// <summary>Resolves a remote context URL to its document. Implementations never fetch from the network at run time.</summary>
public interface IJsonLdContextLoader
{
    /// <exception cref="JsonLdException">The URL is not a context this loader knows (<c>loading remote context failed</c>).</exception>
    JsonElement Load(string url);
}
