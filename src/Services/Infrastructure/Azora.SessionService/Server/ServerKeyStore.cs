using System.Security.Cryptography;
using Azora.SessionService.Data;
using Microsoft.EntityFrameworkCore;

namespace Azora.SessionService.Server;

/// <summary>
/// The server's keys, kept in its own database so that a restart (or a second replica) signs and decrypts with the same
/// keys: RSA signing keys (rotatable) and one symmetric key that encrypts authorization codes and refresh tokens.
/// </summary>
internal sealed class ServerKeyStore(SessionDbContext db, TimeProvider clock)
{
    private const string TokenEncryptionKeyName = "token-encryption-key";

    /// <summary>Every signing key that is not retired, newest first; creates the first key on a fresh database.</summary>
    public IReadOnlyList<SigningKey> PublishedSigningKeys()
    {
        var keys = Published();
        if (keys.Count > 0)
        {
            return keys;
        }
        Add(NewSigningKey());
        return Published();
    }

    /// <summary>Creates a new signing key, which signs from now on; older keys stay published until retired.</summary>
    public async Task<SigningKey> RotateAsync(CancellationToken cancellationToken)
    {
        var key = NewSigningKey();
        db.SigningKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>Stops publishing a key; tokens it signed no longer validate. The newest key cannot be retired.</summary>
    public async Task<RetireOutcome> RetireAsync(string keyId, CancellationToken cancellationToken)
    {
        var key = await db.SigningKeys.SingleOrDefaultAsync(k => k.KeyId == keyId, cancellationToken);
        if (key is null || key.RetiredAt is not null)
        {
            return RetireOutcome.NotFound;
        }
        if (Published()[0].Id == key.Id)
        {
            return RetireOutcome.IsActive;
        }
        key.RetiredAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return RetireOutcome.Retired;
    }

    public async Task<IReadOnlyList<SigningKey>> AllAsync(CancellationToken cancellationToken) =>
        (await db.SigningKeys.AsNoTracking().ToListAsync(cancellationToken))
            .OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).ToList();

    /// <summary>The 256-bit key for encrypted tokens, generated once.</summary>
    public byte[] TokenEncryptionKey() =>
        Convert.FromBase64String(new ServerSecrets(db, clock).GetOrCreate(TokenEncryptionKeyName,
            () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    private List<SigningKey> Published() =>
        // SQLite cannot order by DateTimeOffset; the set of published keys is small.
        db.SigningKeys.AsNoTracking().Where(k => k.RetiredAt == null).AsEnumerable()
            .OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).ToList();

    private void Add(SigningKey key)
    {
        db.SigningKeys.Add(key);
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException)
        {
            // Another replica created the first key at the same moment; use the keys that exist.
            db.ChangeTracker.Clear();
        }
    }

    private SigningKey NewSigningKey()
    {
        using var rsa = RSA.Create(2048);
        var id = Guid.CreateVersion7();
        return new SigningKey
        {
            Id = id,
            KeyId = id.ToString("N"),
            PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem(),
            CreatedAt = clock.GetUtcNow(),
        };
    }
}

internal enum RetireOutcome { Retired, NotFound, IsActive }
