using System.Security.Cryptography;
using System.Text;

namespace Azora.LinkedData.Canonicalization;

/// <summary>The hash RDFC-1.0 applies to UTF-8 strings, as lower-case hexadecimal.</summary>
internal sealed class HashFunction(CanonicalHashAlgorithm algorithm)
{
    public string HashHex(string input)
    {
        var bytes = Encoding.UTF8.GetBytes(input);
        var digest = algorithm switch
        {
            CanonicalHashAlgorithm.Sha256 => SHA256.HashData(bytes),
            CanonicalHashAlgorithm.Sha384 => SHA384.HashData(bytes),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unsupported hash algorithm."),
        };
        return Convert.ToHexStringLower(digest);
    }
}
