namespace Azora.AuditLoggingService.Domain;

/// <summary>A tree head signed with the log key; <see cref="KeyId"/> is the SHA-256 of the public key that signed it.</summary>
internal sealed class SignedTreeHead
{
    private SignedTreeHead()
    {
    }

    public Guid Id { get; private set; }
    public long TreeSize { get; private set; }
    public DateTimeOffset Timestamp { get; private set; }
    public byte[] RootHash { get; private set; } = [];
    public byte[] Signature { get; private set; } = [];
    public byte[] KeyId { get; private set; } = [];

    public TreeHead Head => new(TreeSize, Timestamp, RootHash);

    public static SignedTreeHead Of(TreeHead head, byte[] signature, byte[] keyId) => new()
    {
        Id = Guid.CreateVersion7(head.Timestamp),
        TreeSize = head.TreeSize,
        Timestamp = head.Timestamp,
        RootHash = head.RootHash,
        Signature = signature,
        KeyId = keyId,
    };
}
