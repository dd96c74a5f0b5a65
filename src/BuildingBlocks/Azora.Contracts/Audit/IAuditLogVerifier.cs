namespace Azora.Contracts.Audit;

/// <summary>
/// Checks the audit log end to end from its stored rows: every entry's leaf hash is recomputed from its stored bytes,
/// the Merkle tree is rebuilt from those hashes, and every signed tree head is checked against it (root and signature).
/// <c>azora audit verify</c> runs it.
/// </summary>
public interface IAuditLogVerifier
{
    Task<AuditLogVerification> VerifyAsync(IProgress<AuditVerificationProgress>? progress, CancellationToken cancellationToken);
}

/// <summary>What the verifier found; the log holds when <see cref="Faults"/> is empty.</summary>
public sealed record AuditLogVerification(long EntryCount, int TreeHeadCount, IReadOnlyList<AuditLogFault> Faults)
{
    public bool Holds => Faults.Count == 0;
}

/// <summary>One thing that does not hold, naming the entry (its leaf index and id) or the tree head it concerns.</summary>
public sealed record AuditLogFault(string Problem, long? LeafIndex = null, Guid? EntryId = null, long? TreeSize = null, Guid? TreeHeadId = null);

/// <summary>How far the verifier has got in a stage ("entries", then "tree heads").</summary>
public sealed record AuditVerificationProgress(string Stage, long Done, long Total);
