using System.Numerics;
using System.Text;

namespace Azora.Credentials.Proofs;

/// <summary>Base58 with the Bitcoin alphabet, as multibase prefix <c>z</c> uses it (leading zero bytes become '1').</summary>
internal static class Base58Btc
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        var leadingZeros = 0;
        while (leadingZeros < bytes.Length && bytes[leadingZeros] == 0)
        {
            leadingZeros++;
        }

        var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        var digits = new StringBuilder();
        while (value > 0)
        {
            value = BigInteger.DivRem(value, 58, out var remainder);
            digits.Insert(0, Alphabet[(int)remainder]);
        }

        return new string('1', leadingZeros) + digits;
    }

    /// <exception cref="FormatException">A character outside the alphabet.</exception>
    public static byte[] Decode(string text)
    {
        var leadingOnes = 0;
        while (leadingOnes < text.Length && text[leadingOnes] == '1')
        {
            leadingOnes++;
        }

        var value = BigInteger.Zero;
        foreach (var character in text)
        {
            var digit = Alphabet.IndexOf(character, StringComparison.Ordinal);
            if (digit < 0)
            {
                throw new FormatException($"'{character}' is not a base58btc character.");
            }

            value = (value * 58) + digit;
        }

        var body = value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true);
        return [.. new byte[leadingOnes], .. body];
    }
}
