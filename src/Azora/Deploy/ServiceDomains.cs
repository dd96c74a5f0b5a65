namespace Azora.Deploy;

/// <summary>The catalog's service domains that hold back-end services (the portal is its own domain).</summary>
public static class ServiceDomains
{
    public const string Education = "education";
    public const string Marketplace = "marketplace";
    public const string Infrastructure = "infrastructure";

    public static IReadOnlyList<string> All { get; } = [Education, Marketplace, Infrastructure];

    public static bool IsKnown(string domain) => All.Contains(domain, StringComparer.Ordinal);

    /// <summary>The folder under <c>src/Services/</c>: <c>education</c> lives in <c>Education</c>.</summary>
    public static string FolderOf(string domain) => string.Concat(char.ToUpperInvariant(domain[0]).ToString(), domain[1..]);
}
