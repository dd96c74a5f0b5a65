using NSec.Cryptography;

namespace Azora.Credentials.Issuer;

/// <summary>The issuer's current private key with the verification method that names it. Dispose after signing.</summary>
internal sealed record SigningKey(Key Key, string VerificationMethod) : IDisposable
{
    public void Dispose() => Key.Dispose();
}
