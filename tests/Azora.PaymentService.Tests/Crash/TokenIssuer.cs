using System.Security.Cryptography;
using Azora.Contracts;
using Azora.ServiceDefaults.Security;
using Azora.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Azora.PaymentService.Tests.Crash;

/// <summary>
/// Stands in for session-service when payment-service runs in a process of its own: serves an OpenID discovery
/// document and a key set on a loopback port (the child is pointed at it with <c>Azora:Issuer</c>) and mints
/// platform-admin access tokens signed with that key.
/// </summary>
internal sealed class TokenIssuer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RSA _rsa;
    private readonly RsaSecurityKey _key;

    private TokenIssuer(WebApplication app, RSA rsa, RsaSecurityKey key, Uri address)
    {
        _app = app;
        _rsa = rsa;
        _key = key;
        Address = address;
    }

    /// <summary>The issuer's URL, with its trailing slash, as tokens name it.</summary>
    public Uri Address { get; }

    public static async Task<TokenIssuer> StartAsync()
    {
        var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = Guid.NewGuid().ToString("N") };
        var address = new Uri($"http://127.0.0.1:{FreePorts.Next()}/");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(address.AbsoluteUri);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var publicKey = rsa.ExportParameters(includePrivateParameters: false);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = address.AbsoluteUri,
            ["jwks_uri"] = new Uri(address, ".well-known/jwks.json").AbsoluteUri,
        }));
        app.MapGet("/.well-known/jwks.json", () => Results.Json(new Dictionary<string, object>
        {
            ["keys"] = new[]
            {
                new Dictionary<string, string>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["alg"] = SecurityAlgorithms.RsaSha256,
                    ["kid"] = key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(publicKey.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(publicKey.Exponent),
                },
            },
        }));
        await app.StartAsync();
        return new TokenIssuer(app, rsa, key, address);
    }

    /// <summary>An access token of a fresh platform-admin account, good for an hour.</summary>
    public string PlatformAdminToken()
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Address.AbsoluteUri,
            Audience = AuthenticationDefaults.Audience,
            TokenType = "at+jwt",
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object>
            {
                [AuthenticationDefaults.SubjectClaim] = Guid.CreateVersion7().ToString(),
                [AuthenticationDefaults.RoleClaim] = new[] { Roles.PlatformAdmin },
            },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
