using System.Security.Claims;
using System.Security.Cryptography;
using Azora.ServiceDefaults.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Azora.Platform.Tests;

public sealed class ValidatedTokenCacheTests : IDisposable
{
    private const string Issuer = "https://issuer.azora.test/";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _key;
    private readonly ValidatedTokenCache _cache = new(new JsonWebTokenHandler { MapInboundClaims = false });

    public ValidatedTokenCacheTests() => _key = new RsaSecurityKey(_rsa) { KeyId = "current" };

    [Fact]
    public async Task A_token_seen_before_is_accepted_again_with_one_shared_identity_that_cannot_be_changed()
    {
        var token = Mint(_key);

        var first = await _cache.ValidateTokenAsync(token, Trusting(_key));
        var second = await _cache.ValidateTokenAsync(token, Trusting(_key));
        var third = await _cache.ValidateTokenAsync(token, Trusting(_key));

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Same(second.ClaimsIdentity, third.ClaimsIdentity);
        Assert.Equal("learner-1", second.ClaimsIdentity.FindFirst("sub")?.Value);
        Assert.Throws<InvalidOperationException>(() => second.ClaimsIdentity.AddClaim(new Claim("role", "Admin")));
        Assert.Throws<InvalidOperationException>(() => second.ClaimsIdentity.TryRemoveClaim(second.ClaimsIdentity.FindFirst("sub")));
        Assert.Null(third.ClaimsIdentity.FindFirst("role"));
    }

    [Fact]
    public async Task A_clone_of_the_shared_identity_can_be_changed_without_changing_it()
    {
        var token = Mint(_key);
        await _cache.ValidateTokenAsync(token, Trusting(_key));
        var shared = (await _cache.ValidateTokenAsync(token, Trusting(_key))).ClaimsIdentity;

        var copy = shared.Clone();
        copy.AddClaim(new Claim("role", "Admin"));

        Assert.Equal("learner-1", copy.FindFirst("sub")?.Value);
        Assert.Equal("Admin", copy.FindFirst("role")?.Value);
        Assert.Null(shared.FindFirst("role"));
    }

    [Fact]
    public async Task A_remembered_token_is_refused_once_its_signing_key_is_no_longer_trusted()
    {
        var token = Mint(_key);
        using var otherRsa = RSA.Create(2048);
        var rotated = new RsaSecurityKey(otherRsa) { KeyId = "next" };

        Assert.True((await _cache.ValidateTokenAsync(token, Trusting(_key))).IsValid);
        var afterRotation = await _cache.ValidateTokenAsync(token, Trusting(rotated));

        Assert.False(afterRotation.IsValid);
    }

    [Fact]
    public async Task A_token_with_a_changed_signature_is_refused_after_the_genuine_one_was_remembered()
    {
        var token = Mint(_key);
        var tampered = token[..^4] + (token[^4] == 'A' ? "B" : "A") + token[^3..];

        Assert.True((await _cache.ValidateTokenAsync(token, Trusting(_key))).IsValid);
        var forged = await _cache.ValidateTokenAsync(tampered, Trusting(_key));

        Assert.False(forged.IsValid);
    }

    [Fact]
    public async Task A_token_signed_by_an_untrusted_key_is_never_remembered_as_valid()
    {
        using var forgerRsa = RSA.Create(2048);
        var forger = new RsaSecurityKey(forgerRsa) { KeyId = "current" };
        var token = Mint(forger);

        Assert.False((await _cache.ValidateTokenAsync(token, Trusting(_key))).IsValid);
        Assert.False((await _cache.ValidateTokenAsync(token, Trusting(_key))).IsValid);
    }

    private static TokenValidationParameters Trusting(SecurityKey key) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = AuthenticationDefaults.Audience,
        ValidTypes = ["at+jwt"],
        IssuerSigningKey = key,
    };

    private static string Mint(SecurityKey key)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = AuthenticationDefaults.Audience,
            TokenType = "at+jwt",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            Claims = new Dictionary<string, object> { [AuthenticationDefaults.SubjectClaim] = "learner-1" },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose() => _rsa.Dispose();
}
