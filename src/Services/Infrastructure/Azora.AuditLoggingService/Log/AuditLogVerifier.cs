using Azora.AuditLoggingService.Data;
using Azora.AuditLoggingService.Domain;
using Azora.Contracts.Audit;
using Microsoft.EntityFrameworkCore;

namespace Azora.AuditLoggingService.Log;

/// <summary>
/// Verifies the log from its rows alone, trusting nothing cached: each entry's leaf hash is recomputed from its stored
/// bytes, the tree is rebuilt from the recomputed hashes, and each signed tree head's root and signature are checked.
/// </summary>
internal sealed class AuditLogVerifier(AuditDbContext db) : IAuditLogVerifier
{
    private const int BatchSize = 1000;

    public async Task<AuditLogVerification> VerifyAsync(IProgress<AuditVerificationProgress>? progress, CancellationToken cancellationToken)
    {
        var faults = new List<AuditLogFault>();
        var tree = await RebuildTreeAsync(faults, progress, cancellationToken);
        var headCount = await CheckTreeHeadsAsync(tree, faults, progress, cancellationToken);
        return new AuditLogVerification(tree.Size, headCount, faults);
    }

    private async Task<MerkleTree> RebuildTreeAsync(List<AuditLogFault> faults, IProgress<AuditVerificationProgress>? progress, CancellationToken cancellationToken)
    {
        var total = await db.Entries.LongCountAsync(cancellationToken);
        var tree = new MerkleTree();
        progress?.Report(new AuditVerificationProgress("entries", 0, total));
        while (true)
        {
            var after = tree.Size;
            var batch = await db.Entries.AsNoTracking()
                .Where(e => e.LeafIndex >= after)
                .OrderBy(e => e.LeafIndex)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                if (entry.LeafIndex != tree.Size)
                {
                    faults.Add(new AuditLogFault($"Entries {tree.Size} to {entry.LeafIndex - 1} are missing.", tree.Size));
                    return tree;
                }
                var leafHash = MerkleHash.Leaf(entry.Content);
                if (!leafHash.AsSpan().SequenceEqual(entry.LeafHash))
                {
                    faults.Add(new AuditLogFault("The entry's bytes do not hash to its stored leaf hash: the entry was changed.", entry.LeafIndex, entry.Id));
                }
                else if (!AuditRecord.TryParse(entry.Content, out var record) || !entry.Agrees(record))
                {
                    faults.Add(new AuditLogFault("The entry's searchable fields differ from its logged bytes.", entry.LeafIndex, entry.Id));
                }
                // The tree is built from what the bytes hash to now, so a changed entry also breaks every later tree head.
                tree.Append(leafHash);
            }
            progress?.Report(new AuditVerificationProgress("entries", tree.Size, total));
            if (batch.Count < BatchSize)
            {
                return tree;
            }
        }
    }

    private async Task<int> CheckTreeHeadsAsync(MerkleTree tree, List<AuditLogFault> faults, IProgress<AuditVerificationProgress>? progress, CancellationToken cancellationToken)
    {
        var heads = await db.TreeHeads.AsNoTracking().OrderBy(h => h.TreeSize).ThenBy(h => h.Id).ToListAsync(cancellationToken);
        var key = await db.SigningKeys.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        progress?.Report(new AuditVerificationProgress("tree heads", 0, heads.Count));
        var checkedCount = 0;
        foreach (var head in heads)
        {
            if (key is null || !LogSigner.KeyIdOf(key.PublicKey).AsSpan().SequenceEqual(head.KeyId) || !LogSigner.Verify(key.PublicKey, head.Head, head.Signature))
            {
                faults.Add(new AuditLogFault("The tree head's signature does not verify with the log key.", TreeSize: head.TreeSize, TreeHeadId: head.Id));
            }
            if (head.TreeSize > tree.Size)
            {
                faults.Add(new AuditLogFault($"The tree head covers {head.TreeSize} entries but the log holds {tree.Size}.", TreeSize: head.TreeSize, TreeHeadId: head.Id));
            }
            else if (!tree.RootHash(head.TreeSize).AsSpan().SequenceEqual(head.RootHash))
            {
                faults.Add(new AuditLogFault("The root recomputed from the entries differs from the signed root.", TreeSize: head.TreeSize, TreeHeadId: head.Id));
            }
            progress?.Report(new AuditVerificationProgress("tree heads", ++checkedCount, heads.Count));
        }
        return heads.Count;
    }
}
