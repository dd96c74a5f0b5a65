using Azora.AuditLoggingService.Data;
using Azora.AuditLoggingService.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.AuditLoggingService.Log;

/// <summary>Signs the log as it stands now and stores the signed tree head.</summary>
internal sealed class TreeHeadPublisher(AuditDbContext db, LogTree tree, LogSigner signer, TimeProvider clock)
{
    public async Task<SignedTreeHead> PublishAsync(CancellationToken cancellationToken)
    {
        var (size, root) = await tree.ReadAsync(db, t => (t.Size, t.RootHash(t.Size)), cancellationToken);
        // Milliseconds are what the signature covers, so that is what is kept; each head is strictly later than the one
        // before, so timestamps (and the version 7 ids made from them) order tree heads.
        var latest = await db.TreeHeads.OrderByDescending(h => h.Id).Select(h => (DateTimeOffset?)h.Timestamp).FirstOrDefaultAsync(cancellationToken);
        var now = DateTimeOffset.FromUnixTimeMilliseconds(clock.GetUtcNow().ToUnixTimeMilliseconds());
        if (latest is { } last && now <= last)
        {
            now = last.AddMilliseconds(1);
        }
        var head = new TreeHead(size, now, root);
        var signature = await signer.SignAsync(db, head, cancellationToken);
        var signed = SignedTreeHead.Of(head, signature, LogSigner.KeyIdOf(await signer.PublicKeyAsync(db, cancellationToken)));
        db.TreeHeads.Add(signed);
        await db.SaveChangesAsync(cancellationToken);
        return signed;
    }

    /// <summary>Signs only when entries were appended since the latest tree head (or there is none yet).</summary>
    public async Task<SignedTreeHead?> PublishIfGrownAsync(CancellationToken cancellationToken)
    {
        var signedSize = await db.TreeHeads.MaxAsync(h => (long?)h.TreeSize, cancellationToken);
        var size = await tree.ReadAsync(db, t => t.Size, cancellationToken);
        return signedSize is { } last && last >= size ? null : await PublishAsync(cancellationToken);
    }
}
