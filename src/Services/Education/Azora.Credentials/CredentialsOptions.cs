using Microsoft.Extensions.Configuration;

namespace Azora.Credentials;

/// <summary>azora-credentials's settings, from the <c>Azora:Credentials</c> configuration section.</summary>
internal sealed class CredentialsOptions
{
    public const string Section = "Azora:Credentials";

    /// <summary>The Bitstring Status List length: the spec's minimum, for herd privacy.</summary>
    public const int StatusListLength = 131_072;

    /// <summary>
    /// The issuer's did:web identifier, e.g. <c>did:web:credentials.azora.example</c>; its DID document is served at
    /// <c>/.well-known/did.json</c>. Defaults to this service's own host and port (<c>did:web:localhost%3A3107</c>).
    /// </summary>
    public string IssuerDid { get; set; } = "";

    /// <summary>The issuer profile's display name in every credential.</summary>
    public string IssuerName { get; set; } = "Azora";

    /// <summary>Where the public reaches this service (status lists, share links), ending in '/'. Defaults to its own address.</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>How long a share link lives when the learner names no expiry.</summary>
    public int DefaultShareLinkDays { get; set; } = 30;

    public string StatusListUrl(Domain.StatusPurpose purpose) => $"{PublicBaseUrl}api/status-lists/{Domain.StatusPurposes.Name(purpose)}";

    public static CredentialsOptions From(IConfiguration configuration, Uri ownAddress)
    {
        var options = configuration.GetSection(Section).Get<CredentialsOptions>() ?? new CredentialsOptions();
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            options.PublicBaseUrl = ownAddress.ToString();
        }

        if (!options.PublicBaseUrl.EndsWith('/'))
        {
            options.PublicBaseUrl += "/";
        }

        if (string.IsNullOrWhiteSpace(options.IssuerDid))
        {
            var host = new Uri(options.PublicBaseUrl);
            options.IssuerDid = "did:web:" + host.Host + (host.IsDefaultPort ? "" : "%3A" + host.Port);
        }

        if (!options.IssuerDid.StartsWith("did:web:", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{Section}:IssuerDid must be a did:web identifier.");
        }

        if (options.DefaultShareLinkDays is <= 0 or > Domain.ShareLink.MaxLifetimeDays)
        {
            throw new InvalidOperationException($"{Section}:DefaultShareLinkDays must be 1 to {Domain.ShareLink.MaxLifetimeDays}.");
        }

        return options;
    }
}
