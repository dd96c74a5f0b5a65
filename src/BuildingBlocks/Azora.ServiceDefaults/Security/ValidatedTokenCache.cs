using System.Collections.Concurrent;
using Microsoft.IdentityModel.Tokens;

namespace Azora.ServiceDefaults.Security;

/// <summary>
/// A token handler that remembers the access tokens it has validated, so that a client sending the same token with
/// every request pays for its RSA signature check once rather than per request (the check was a quarter of the
/// shared pipeline's time per request). A remembered token is accepted again only when it is the same string, has not
/// expired by the wall clock (without the clock skew the full check allows), and the key that signed it is still one the
/// issuer publishes; otherwise it is validated in full. Only valid tokens are remembered, at most
/// <see cref="MaxEntries"/> at a time. The requests presenting one token share its identity, which cannot be changed
/// (<see cref="SharedClaimsIdentity"/>): copying its claims for every request had become the largest part of
/// authenticating a remembered token.
/// </summary>
public sealed class ValidatedTokenCache(TokenHandler inner) : TokenHandler
{
    public const int MaxEntries = 4096;

    private readonly ConcurrentDictionary<string, Validated> _validated = new(StringComparer.Ordinal);

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        // The wall clock, as the token handler's own lifetime check reads it.
        var now = DateTime.UtcNow;
        if (_validated.TryGetValue(token, out var known))
        {
            if (now < known.Token.ValidTo && await StillTrustedAsync(known.Token.SigningKey, validationParameters))
            {
                return known.Result();
            }
            _validated.TryRemove(token, out _);
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (result is { IsValid: true, SecurityToken: { SigningKey: not null } validated, ClaimsIdentity: { } identity })
        {
            Remember(token, new Validated(validated, new SharedClaimsIdentity(identity), result.TokenType, result.Issuer), now);
        }
        return result;
    }

    private void Remember(string token, Validated validated, DateTime now)
    {
        if (_validated.Count >= MaxEntries)
        {
            foreach (var (key, entry) in _validated)
            {
                if (entry.Token.ValidTo <= now)
                {
                    _validated.TryRemove(key, out _);
                }
            }
            if (_validated.Count >= MaxEntries)
            {
                _validated.Clear();
            }
        }
        _validated[token] = validated;
    }

    /// <summary>Whether the key is still among those the validation trusts now (static keys or the issuer's published set).</summary>
    private static async ValueTask<bool> StillTrustedAsync(SecurityKey key, TokenValidationParameters parameters)
    {
        if (ReferenceEquals(parameters.IssuerSigningKey, key) || parameters.IssuerSigningKeys?.Contains(key) == true)
        {
            return true;
        }
        if (parameters.ConfigurationManager is { } issuer)
        {
            var configuration = await issuer.GetBaseConfigurationAsync(CancellationToken.None);
            return configuration.SigningKeys.Contains(key);
        }
        return false;
    }

    private sealed record Validated(SecurityToken Token, SharedClaimsIdentity Identity, string? TokenType, string? Issuer)
    {
        public TokenValidationResult Result() => new()
        {
            IsValid = true,
            SecurityToken = Token,
            ClaimsIdentity = Identity,
            TokenType = TokenType,
            Issuer = Issuer,
        };
    }
}
