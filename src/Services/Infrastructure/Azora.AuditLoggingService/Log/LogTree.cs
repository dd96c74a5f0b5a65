using Azora.AuditLoggingService.Data;
using Azora.AuditLoggingService.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.AuditLoggingService.Log;

/// <summary>
/// The Merkle tree over the stored leaf hashes, kept in memory and brought up to date from the database before each
/// read (only the leaves appended since are loaded). The log is append-only, so what is cached never goes stale.
/// </summary>
internal sealed class LogTree : IDisposable
{
    private const int BatchSize = 5000;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly MerkleTree _tree = new();

    /// <summary>Runs <paramref name="read"/> on the tree of every leaf committed so far.</summary>
    public async Task<T> ReadAsync<T>(AuditDbContext db, Func<MerkleTree, T> read, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var size = _tree.Size;
                var leaves = await db.Entries.AsNoTracking()
                    .Where(e => e.LeafIndex >= size)
                    .OrderBy(e => e.LeafIndex)
                    .Take(BatchSize)
                    .Select(e => new { e.LeafIndex, e.LeafHash })
                    .ToListAsync(cancellationToken);
                foreach (var leaf in leaves.TakeWhile((leaf, i) => leaf.LeafIndex == size + i))
                {
                    _tree.Append(leaf.LeafHash);
                }
                if (leaves.Count < BatchSize)
                {
                    break;
                }
            }
            return read(_tree);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
