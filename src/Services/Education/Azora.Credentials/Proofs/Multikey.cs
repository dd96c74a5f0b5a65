using NSec.Cryptography;

namespace Azora.Credentials.Proofs;

/// <summary>
/// Ed25519 keys as Multikey (W3C Controlled Identifiers): multibase base58btc ('z') of the multicodec prefix
/// 0xed 0x01 (ed25519-pub) or 0x80 0x26 (ed25519-priv) followed by the 32 raw key bytes, giving <c>z6Mk...</c>.
/// </summary>
internal static class Multikey
{
    private static readonly byte[] PublicPrefix = [0xed, 0x01];
    private static readonly byte[] SecretPrefix = [0x80, 0x26];

    public static string EncodePublicKey(PublicKey key) =>
        "z" + Base58Btc.Encode([.. PublicPrefix, .. key.Export(KeyBlobFormat.RawPublicKey)]);

    /// <exception cref="FormatException">Not a multibase base58btc Ed25519 public key.</exception>
    public static PublicKey DecodePublicKey(string multibase) =>
        PublicKey.Import(SignatureAlgorithm.Ed25519, Decode(multibase, PublicPrefix, "an Ed25519 public key (z6Mk...)"), KeyBlobFormat.RawPublicKey);

    /// <summary>The 32-byte seed of an Ed25519 secret key in Multikey form.</summary>
    /// <exception cref="FormatException">Not a multibase base58btc Ed25519 secret key.</exception>
    public static byte[] DecodeSecretKey(string multibase) => Decode(multibase, SecretPrefix, "an Ed25519 secret key");

    private static byte[] Decode(string multibase, byte[] prefix, string what)
    {
        if (string.IsNullOrEmpty(multibase) || multibase[0] != 'z')
        {
            throw new FormatException($"Expected {what} in multibase base58btc ('z' prefix).");
        }

        var bytes = Base58Btc.Decode(multibase[1..]);
        if (bytes.Length != prefix.Length + 32 || !bytes.AsSpan(0, prefix.Length).SequenceEqual(prefix))
        {
            throw new FormatException($"Expected {what}: multicodec 0x{prefix[0]:x2}{prefix[1]:x2} and 32 key bytes.");
        }

        return bytes[prefix.Length..];
    }
}
