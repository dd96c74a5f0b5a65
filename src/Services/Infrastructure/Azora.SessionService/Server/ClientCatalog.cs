using Azora.Contracts.UserService;
using Azora.SessionService.Users;
using Microsoft.Extensions.Configuration;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Azora.SessionService.Server;

/// <summary>
/// The clients session-service knows: the first-party CLI (password grant, public), the web portal (authorization code
/// with PKCE, public), session-service itself and any service client configured under <c>Azora:Clients:&lt;id&gt;</c>
/// with a <c>Secret</c> and <c>Scopes</c> (client credentials, confidential).
/// </summary>
internal sealed class ClientCatalog(IConfiguration configuration, ServiceClientSecret ownSecret)
{
    public const string Cli = "azora-cli";
    public const string Web = "azora-web";

    /// <summary>Scopes a signed-in person may ask for.</summary>
    public static readonly string[] UserScopes = [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess];

    public IEnumerable<OpenIddictApplicationDescriptor> Descriptors()
    {
        yield return CliClient();
        yield return WebClient();
        yield return ServiceClient(ServiceClientSecret.ClientId, ownSecret.Value, [UserServiceScopes.CredentialCheck]);
        foreach (var section in configuration.GetSection("Azora:Clients").GetChildren())
        {
            if (section.Key is Cli or Web or ServiceClientSecret.ClientId || section["Secret"] is not { Length: > 0 } secret)
            {
                continue;
            }
            yield return ServiceClient(section.Key, secret, ScopesOf(section));
        }
    }

    /// <summary>Every scope a configured service client may ask for, so the server accepts it.</summary>
    public static IEnumerable<string> ConfiguredServiceScopes(IConfiguration configuration) =>
        configuration.GetSection("Azora:Clients").GetChildren().SelectMany(ScopesOf).Distinct(StringComparer.Ordinal);

    private static OpenIddictApplicationDescriptor CliClient()
    {
        var client = new OpenIddictApplicationDescriptor
        {
            ClientId = Cli,
            DisplayName = "Azora command line",
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.Password,
                Permissions.GrantTypes.RefreshToken,
            },
        };
        AddUserScopes(client);
        return client;
    }

    private OpenIddictApplicationDescriptor WebClient()
    {
        var web = configuration.GetSection($"Azora:Clients:{Web}");
        var client = new OpenIddictApplicationDescriptor
        {
            ClientId = Web,
            DisplayName = "Azora portal",
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Revocation,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in UrisOf(web.GetSection("RedirectUris"), "http://localhost:3000/signin-oidc"))
        {
            client.RedirectUris.Add(uri);
        }
        foreach (var uri in UrisOf(web.GetSection("PostLogoutRedirectUris"), "http://localhost:3000/signout-callback-oidc"))
        {
            client.PostLogoutRedirectUris.Add(uri);
        }
        AddUserScopes(client);
        return client;
    }

    private static OpenIddictApplicationDescriptor ServiceClient(string clientId, string secret, IEnumerable<string> scopes)
    {
        var client = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            DisplayName = clientId,
            ClientType = ClientTypes.Confidential,
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Introspection,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.ClientCredentials,
            },
        };
        foreach (var scope in scopes)
        {
            client.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }
        return client;
    }

    private static void AddUserScopes(OpenIddictApplicationDescriptor client)
    {
        client.Permissions.Add(Permissions.Scopes.Email);
        client.Permissions.Add(Permissions.Scopes.Profile);
        client.Permissions.Add(Permissions.Scopes.Roles);
    }

    private static IEnumerable<string> ScopesOf(IConfigurationSection client) =>
        client.GetSection("Scopes").GetChildren().Select(s => s.Value).OfType<string>()
            .Concat((client["Scopes"] ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<Uri> UrisOf(IConfigurationSection section, string fallback)
    {
        var configured = section.GetChildren().Select(s => s.Value).OfType<string>()
            .Concat((section.Value ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        return (configured.Count > 0 ? configured : [fallback]).Select(uri => new Uri(uri, UriKind.Absolute));
    }
}
