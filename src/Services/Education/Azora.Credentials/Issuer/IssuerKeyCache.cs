using System.Collections.Concurrent;
using Azora.Credentials.Domain;

namespace Azora.Credentials.Issuer;

/// <summary>
/// The issuer keys that verifications have looked up, kept in memory so that a verification does not read the key
/// table. Keys are never deleted and a retired key never changes again, so a retired key is kept for good. The current
/// key is read again once <see cref="CurrentKeyRecheck"/> has passed, because another instance of the service may have
/// rotated it (it then verifies as a retired key: only the check's wording changes), and at once after a rotation here.
/// Only keys that exist are kept, so the cache holds at most the issuer's keys.
/// </summary>
internal sealed class IssuerKeyCache(TimeProvider clock)
{
    public static readonly TimeSpan CurrentKeyRecheck = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (IssuerKey Key, DateTimeOffset? RecheckAt)> keys = new(StringComparer.Ordinal);

    public bool TryGet(string publicKeyMultibase, out IssuerKey key)
    {
        if (keys.TryGetValue(publicKeyMultibase, out var known) && (known.RecheckAt is null || clock.GetUtcNow() < known.RecheckAt))
        {
            key = known.Key;
            return true;
        }

        key = null!;
        return false;
    }

    public void Remember(IssuerKey key) =>
        keys[key.PublicKeyMultibase] = (key, key.IsCurrent ? clock.GetUtcNow() + CurrentKeyRecheck : null);

    /// <summary>After a rotation: the key that was current is retired now.</summary>
    public void ForgetCurrent()
    {
        foreach (var (multibase, known) in keys)
        {
            if (known.Key.IsCurrent)
            {
                keys.TryRemove(multibase, out _);
            }
        }
    }
}
