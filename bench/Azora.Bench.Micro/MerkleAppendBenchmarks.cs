using System.Security.Cryptography;
using Azora.AuditLoggingService.Domain;
using BenchmarkDotNet.Attributes;

namespace Azora.Bench.Micro;

/// <summary>
/// The audit log's hot path: hashing an entry into a leaf, appending it to a tree of a million leaves, and producing
/// its audit path; against the floor, one SHA-256 of the same bytes.
/// </summary>
[MemoryDiagnoser]
public class MerkleAppendBenchmarks
{
    private readonly byte[] _entry = RandomNumberGenerator.GetBytes(400);
    private MerkleTree _tree = null!;

    [GlobalSetup]
    public void Setup() => _tree = MerkleTree.Of(Enumerable.Range(0, 1 << 20).Select(i => SHA256.HashData(BitConverter.GetBytes(i))));

    [Benchmark(Baseline = true, Description = "SHA-256 of a 400-byte entry")]
    public byte[] BaselineSha256() => SHA256.HashData(_entry);

    [Benchmark(Description = "Merkle append with its inclusion proof (1M leaves)")]
    public int AppendWithProof()
    {
        _tree.Append(MerkleHash.Leaf(_entry));
        return _tree.InclusionProof(_tree.Size - 1, _tree.Size).Count;
    }
}
