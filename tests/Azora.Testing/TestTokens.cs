using System.Security.Cryptography;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Azora.Testing;

/// <summary>
/// Stands in for session-service when a test hosts a service without it: an RSA key the platform under test trusts
/// (<see cref="Trust"/>, passed as <c>TestPlatform.StartAsync(configure: ...)</c>), and access tokens shaped like
/// session-service's (<c>at+jwt</c>, audience <c>azora</c>) for an account (<c>sub</c> and roles) or a client (scopes).
/// A second instance has another key, so its tokens stand for a forger's.
/// </summary>
public sealed class TestTokens : IDisposable
{
    public const string Issuer = "https://issuer.azora.test/";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _key;

    public TestTokens() => _key = new RsaSecurityKey(_rsa) { KeyId = Guid.NewGuid().ToString("N") };

    /// <summary>Makes the host validate tokens with this key instead of fetching session-service's discovery document.</summary>
    public void Trust(WebApplicationBuilder builder) =>
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
            configuration.SigningKeys.Add(_key);
            options.Configuration = configuration;
            options.TokenValidationParameters.ValidIssuer = Issuer;
            options.TokenValidationParameters.IssuerSigningKey = _key;
        });

    public string ForAccount(Guid accountId, params string[] roles) =>
        Mint(new Dictionary<string, object>
        {
            [AuthenticationDefaults.SubjectClaim] = accountId.ToString(),
            [AuthenticationDefaults.RoleClaim] = roles,
        });

    public string ForClient(string clientId, params string[] scopes) =>
        Mint(new Dictionary<string, object>
        {
            [AuthenticationDefaults.SubjectClaim] = clientId,
            ["client_id"] = clientId,
            ["scope"] = string.Join(' ', scopes),
        });

    private string Mint(Dictionary<string, object> claims)
    {
        // Valid on the wall clock and on a test clock that has been moved forward a little.
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = AuthenticationDefaults.Audience,
            TokenType = "at+jwt",
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(6),
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose() => _rsa.Dispose();
}
