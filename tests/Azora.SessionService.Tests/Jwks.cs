using System.Text.Json;
using Jose;

namespace Azora.SessionService.Tests;

/// <summary>Validates tokens with jose-jwt, a JOSE library independent of the server's own stack, against the published JWKS.</summary>
public static class Jwks
{
    public static async Task<JwkSet> FetchAsync(HttpClient session)
    {
        var json = await session.GetStringAsync(".well-known/jwks");
        return JwkSet.FromJson(json, JWT.DefaultSettings.JsonMapper);
    }

    /// <summary>The verified payload; throws when the signature does not verify with the key named by <c>kid</c>.</summary>
    public static JsonElement Verify(string token, JwkSet keys)
    {
        var headers = JWT.Headers(token);
        var kid = (string)headers["kid"];
        var key = keys.Keys.Single(k => k.KeyId == kid);
        var payload = JWT.Decode(token, key.RsaKey(), JwsAlgorithm.RS256);
        return JsonDocument.Parse(payload).RootElement.Clone();
    }

    public static string HeaderOf(string token, string name) => JWT.Headers(token)[name].ToString()!;

    public static bool TryVerify(string token, JwkSet keys)
    {
        try
        {
            Verify(token, keys);
            return true;
        }
        catch (Exception error) when (error is IntegrityException or InvalidOperationException or JoseException or ArgumentException)
        {
            return false;
        }
    }
}
