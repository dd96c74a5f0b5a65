namespace Azora.LoadBalancer.Domain;

/// <summary>The base address of one instance of a service: absolute http(s), no query or fragment, ending in a slash.</summary>
internal static class InstanceAddress
{
    public static bool TryParse(string? address, out Uri uri)
    {
        uri = null!;
        if (string.IsNullOrWhiteSpace(address)
            || !Uri.TryCreate(address.Trim().TrimEnd('/') + "/", UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(parsed.Query) || !string.IsNullOrEmpty(parsed.Fragment)
            || !string.IsNullOrEmpty(parsed.UserInfo))
        {
            return false;
        }
        uri = parsed;
        return true;
    }
}
