using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Azora.Lms.Domain;

/// <summary>
/// A learner's secret calendar address. Only the token's SHA-256 is stored, so a leaked database gives no working URL;
/// rotating replaces the hash and the old address stops working.
/// </summary>
internal sealed class CalendarFeed
{
    public const int TokenBytes = 32;

    public Guid LearnerId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>A new random token (32 bytes, base64url) and its hash.</summary>
    public static (string Token, string Hash) NewToken()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        return (token, HashOf(token));
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
