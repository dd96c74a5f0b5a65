using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Azora.ServiceDefaults.Idempotency;

/// <summary>
/// The caller and <c>Idempotency-Key</c> a request runs under, for a handler whose effect carries no id of the client's
/// own (a refund, a payout). Such a handler may run twice for one key: a takeover (<see cref="IdempotencyClaim"/>) runs it
/// again when the first run's process died, and that first run may have committed its effect just before. So the handler
/// names what it creates with <see cref="IdFor"/>, the same id for the same caller and key every time, in its own
/// transaction: the second run finds the effect committed and answers with it instead of making it again, and the id's
/// primary key keeps two runs from both storing it.
/// </summary>
public sealed record IdempotentRequest(string Caller, string Key)
{
    /// <summary>
    /// A UUID (version 8, RFC 9562) of SHA-256 over <paramref name="purpose"/>, the caller and the key: the same for every
    /// run of this request, another for another caller, key or purpose.
    /// </summary>
    public Guid IdFor(string purpose)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{purpose}\n{Caller}\n{Key}"), hash);
        hash[6] = (byte)(0x80 | (hash[6] & 0x0F));
        hash[8] = (byte)(0x80 | (hash[8] & 0x3F));
        return new Guid(hash[..16], bigEndian: true);
    }
}

public static class IdempotentRequests
{
    /// <summary>The request's caller and key while <see cref="IdempotencyKeyFilter{TContext}"/> holds its claim; null without a key.</summary>
    public static IdempotentRequest? IdempotentRequest(this HttpContext http) => http.Features.Get<IdempotentRequest>();
}
