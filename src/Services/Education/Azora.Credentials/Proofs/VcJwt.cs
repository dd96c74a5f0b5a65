using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NSec.Cryptography;

namespace Azora.Credentials.Proofs;

/// <summary>
/// VC-JWT as W3C VC-JOSE-COSE secures a credential: a compact JWS whose header is
/// <c>{"alg":"EdDSA","typ":"vc+jwt","kid":verification method}</c> and whose payload is the credential itself.
/// </summary>
internal static class VcJwt
{
    public const string Algorithm = "EdDSA";
    public const string MediaType = "vc+jwt";

    public static string Sign(JsonObject credential, Key key, string verificationMethod)
    {
        var header = new JsonObject { ["alg"] = Algorithm, ["typ"] = MediaType, ["kid"] = verificationMethod };
        var signingInput = Encode(header) + "." + Encode(credential);
        var signature = SignatureAlgorithm.Ed25519.Sign(key, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>Splits and decodes a compact JWS without checking its signature.</summary>
    /// <exception cref="ProofFormatException">Not a compact JWS with an EdDSA header and a JSON object payload.</exception>
    public static ParsedVcJwt Parse(string jwt)
    {
        var parts = jwt.Trim().Split('.');
        if (parts.Length != 3)
        {
            throw new ProofFormatException("The VC-JWT is not a compact JWS (three base64url parts separated by dots).");
        }

        var header = DecodeObject(parts[0], "header");
        var payload = DecodeObject(parts[1], "payload");
        if (header["alg"]?.GetValueKind() != JsonValueKind.String || header["alg"]!.GetValue<string>() != Algorithm)
        {
            throw new ProofFormatException($"The VC-JWT's alg is not {Algorithm}; only Ed25519 keys sign Azora credentials.");
        }

        if (header["kid"] is not JsonValue kid || !kid.TryGetValue<string>(out var keyId))
        {
            throw new ProofFormatException("The VC-JWT header has no kid naming the verification method.");
        }

        byte[] signature;
        try
        {
            signature = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (FormatException)
        {
            throw new ProofFormatException("The VC-JWT signature is not base64url.");
        }

        return new ParsedVcJwt(keyId, payload, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature);
    }

    private static string Encode(JsonObject json) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));

    private static JsonObject DecodeObject(string part, string name)
    {
        try
        {
            return JsonNode.Parse(Base64Url.DecodeFromChars(part)) as JsonObject
                ?? throw new ProofFormatException($"The VC-JWT {name} is not a JSON object.");
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            throw new ProofFormatException($"The VC-JWT {name} is not base64url-encoded JSON.");
        }
    }
}

/// <summary>A decoded VC-JWT: who signed it, the credential, and the bytes the signature covers.</summary>
internal sealed record ParsedVcJwt(string KeyId, JsonObject Credential, byte[] SigningInput, byte[] Signature)
{
    public bool VerifiesWith(PublicKey key) => SignatureAlgorithm.Ed25519.Verify(key, SigningInput, Signature);
}
