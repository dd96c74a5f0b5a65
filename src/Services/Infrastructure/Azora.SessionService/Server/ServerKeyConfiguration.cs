using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Azora.SessionService.Server;

/// <summary>
/// Gives OpenIddict the keys stored in the database. OpenIddict's options are built on first use (after the migrations
/// ran at start-up) and rebuilt after a rotation, when <see cref="Reload"/> drops the cached options.
/// </summary>
internal sealed class ServerKeyConfiguration(IServiceScopeFactory scopes, IOptionsMonitorCache<OpenIddictServerOptions> cache)
    : IConfigureOptions<OpenIddictServerOptions>
{
    /// <summary>The ids of the signing keys the server last loaded; <c>null</c> until it first needed them.</summary>
    public IReadOnlySet<string>? LoadedKeyIds { get; private set; }

    public void Configure(OpenIddictServerOptions options)
    {
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<ServerKeyStore>();

        // Newest first: OpenIddict signs with the first usable credential and publishes all of them in the JWKS.
        var keys = store.PublishedSigningKeys();
        foreach (var key in keys)
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(key.PrivateKeyPem);
            options.SigningCredentials.Add(new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = key.KeyId }, SecurityAlgorithms.RsaSha256));
        }

        var encryption = new SymmetricSecurityKey(store.TokenEncryptionKey()) { KeyId = "token-encryption" };
        options.EncryptionCredentials.Add(new EncryptingCredentials(encryption, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
        LoadedKeyIds = keys.Select(k => k.KeyId).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Makes the next request rebuild OpenIddict's options, and so pick up a rotated key.</summary>
    public void Reload() => cache.TryRemove(Options.DefaultName);
}
