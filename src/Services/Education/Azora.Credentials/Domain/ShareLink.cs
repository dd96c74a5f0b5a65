using System.Security.Cryptography;
using System.Text;

namespace Azora.Credentials.Domain;

/// <summary>
/// A link a learner hands out so that someone without an account can fetch one credential until the link expires or
/// is revoked. Only the SHA-256 of the secret token is stored; the token itself is shown once, at creation.
/// </summary>
internal sealed class ShareLink
{
    public const int MaxLifetimeDays = 365;

    private ShareLink()
    {
    }

    public Guid Id { get; private set; }

    public Guid CredentialId { get; private set; }

    public Guid OwnerId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public static (ShareLink Link, string Token) Create(Guid credentialId, Guid ownerId, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        var token = Base64UrlToken();
        var link = new ShareLink
        {
            Id = Guid.CreateVersion7(now),
            CredentialId = credentialId,
            OwnerId = ownerId,
            TokenHash = HashOf(token),
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        return (link, token);
    }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlToken() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
