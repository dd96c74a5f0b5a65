using Azora.Credentials.Data;
using Azora.Credentials.Domain;
using Azora.Credentials.Proofs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using NSec.Cryptography;

namespace Azora.Credentials.Issuer;

/// <summary>
/// The issuer's Ed25519 keys: the current one signs, retired ones only verify. Private keys (32-byte seeds) are
/// stored encrypted with Data Protection, never in plain text. The first key is created on first use.
/// </summary>
internal sealed class IssuerKeyRing(
    CredentialsDbContext db, IDataProtectionProvider protection, IssuerKeyCache cache, CredentialsOptions options, TimeProvider clock)
{
    private readonly IDataProtector protector = protection.CreateProtector("Azora.Credentials.IssuerKeys.v1");

    public string VerificationMethodOf(IssuerKey key) => $"{options.IssuerDid}#{key.PublicKeyMultibase}";

    public async Task<SigningKey> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = await EnsureCurrentAsync(cancellationToken);
        return new SigningKey(Unprotect(current), VerificationMethodOf(current));
    }

    /// <summary>The current key, created (and saved) if the issuer has none yet.</summary>
    public async Task<IssuerKey> EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        var current = await db.IssuerKeys.SingleOrDefaultAsync(k => k.Current == IssuerKey.CurrentMarker, cancellationToken);
        if (current is not null)
        {
            return current;
        }

        current = NewKey();
        db.IssuerKeys.Add(current);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return current;
        }
        catch (DbUpdateException)
        {
            // Another request created the first key at the same moment; use that one.
            db.Entry(current).State = EntityState.Detached;
            return await db.IssuerKeys.SingleAsync(k => k.Current == IssuerKey.CurrentMarker, cancellationToken);
        }
    }

    /// <summary>Retires the current key and adds a new current one (saved by the caller, with its audit event).</summary>
    public async Task<IssuerKey> RotateAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var current = await db.IssuerKeys.SingleOrDefaultAsync(k => k.Current == IssuerKey.CurrentMarker, cancellationToken);
        if (current is not null)
        {
            current.Retire(now);
            // The unique index on Current allows one current key: the retirement must reach the database first.
            await db.SaveChangesAsync(cancellationToken);
        }

        var next = NewKey();
        db.IssuerKeys.Add(next);
        return next;
    }

    public Task<List<IssuerKey>> AllAsync(CancellationToken cancellationToken) =>
        db.IssuerKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>
    /// The public key a verification method names, if it is one of the issuer's keys, current or retired (from
    /// <see cref="IssuerKeyCache"/> when a verification looked it up before).
    /// </summary>
    public async Task<IssuerKey?> FindAsync(string verificationMethod, CancellationToken cancellationToken)
    {
        var prefix = options.IssuerDid + "#";
        if (!verificationMethod.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var multibase = verificationMethod[prefix.Length..];
        if (cache.TryGet(multibase, out var known))
        {
            return known;
        }

        var key = await db.IssuerKeys.AsNoTracking().SingleOrDefaultAsync(k => k.PublicKeyMultibase == multibase, cancellationToken);
        if (key is not null)
        {
            cache.Remember(key);
        }

        return key;
    }

    private IssuerKey NewKey()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var seed = key.Export(KeyBlobFormat.RawPrivateKey);
        var protectedSeed = Convert.ToBase64String(protector.Protect(seed));
        Array.Clear(seed);
        return IssuerKey.Create(Multikey.EncodePublicKey(key.PublicKey), protectedSeed, clock.GetUtcNow());
    }

    private Key Unprotect(IssuerKey stored)
    {
        var seed = protector.Unprotect(Convert.FromBase64String(stored.ProtectedSeed));
        try
        {
            return Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey);
        }
        finally
        {
            Array.Clear(seed);
        }
    }
}
