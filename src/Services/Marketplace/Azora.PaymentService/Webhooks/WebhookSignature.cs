using System.Security.Cryptography;
using System.Text;

namespace Azora.PaymentService.Webhooks;

/// <summary>
/// Standard Webhooks signing: the HMAC-SHA256, keyed with the base64-decoded secret after its <c>whsec_</c> prefix,
/// of <c>{webhook-id}.{webhook-timestamp}.{body}</c>, sent as <c>v1,{base64}</c> in <c>webhook-signature</c>.
/// </summary>
internal static class WebhookSignature
{
    public const string SecretPrefix = "whsec_";

    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string secret, string messageId, long timestamp, string body)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A webhook secret starts with {SecretPrefix}.", nameof(secret));
        }
        var key = Convert.FromBase64String(secret[SecretPrefix.Length..]);
        var signed = Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }
}
