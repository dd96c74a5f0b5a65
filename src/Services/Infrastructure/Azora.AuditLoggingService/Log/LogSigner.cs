using System.Security.Cryptography;
using Azora.AuditLoggingService.Data;
using Azora.AuditLoggingService.Domain;
using Microsoft.EntityFrameworkCore;
using NSec.Cryptography;

namespace Azora.AuditLoggingService.Log;

/// <summary>
/// The log's Ed25519 key: read from the service's database, or generated and stored there the first time it is needed.
/// </summary>
internal sealed class LogSigner(TimeProvider clock) : IDisposable
{
    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;
    private readonly SemaphoreSlim _gate = new(1, 1);

    // Published once, as one reference, so a reader never sees the key without its public half.
    private volatile LoadedKey? _loaded;

    public async Task<byte[]> SignAsync(AuditDbContext db, TreeHead head, CancellationToken cancellationToken) =>
        Ed25519.Sign((await LoadAsync(db, cancellationToken)).Key, head.ToSignedBytes());

    public async Task<byte[]> PublicKeyAsync(AuditDbContext db, CancellationToken cancellationToken) =>
        (await LoadAsync(db, cancellationToken)).PublicKey;

    /// <summary>The SHA-256 of the raw public key, as RFC 6962 identifies a log.</summary>
    public static byte[] KeyIdOf(byte[] publicKey) => SHA256.HashData(publicKey);

    public static bool Verify(byte[] publicKey, TreeHead head, byte[] signature) =>
        NSec.Cryptography.PublicKey.TryImport(Ed25519, publicKey, KeyBlobFormat.RawPublicKey, out var key)
        && Ed25519.Verify(key!, head.ToSignedBytes(), signature);

    private async Task<LoadedKey> LoadAsync(AuditDbContext db, CancellationToken cancellationToken)
    {
        if (_loaded is { } loaded)
        {
            return loaded;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_loaded is null)
            {
                var stored = await db.SigningKeys.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? await CreateAsync(db, cancellationToken);
                _loaded = new LoadedKey(Key.Import(Ed25519, stored.PrivateKey, KeyBlobFormat.RawPrivateKey), stored.PublicKey);
            }
            return _loaded;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<LogSigningKey> CreateAsync(AuditDbContext db, CancellationToken cancellationToken)
    {
        using var key = Key.Create(Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var created = LogSigningKey.Of(key.Export(KeyBlobFormat.RawPrivateKey), key.PublicKey.Export(KeyBlobFormat.RawPublicKey), clock.GetUtcNow());
        db.SigningKeys.Add(created);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return created;
        }
        catch (DbUpdateException)
        {
            // Another replica stored the key first: use that one.
            db.ChangeTracker.Clear();
            return await db.SigningKeys.AsNoTracking().SingleAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        _loaded?.Key.Dispose();
        _gate.Dispose();
    }

    private sealed record LoadedKey(Key Key, byte[] PublicKey);
}
