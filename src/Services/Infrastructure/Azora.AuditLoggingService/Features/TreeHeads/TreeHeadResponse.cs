using Azora.AuditLoggingService.Domain;

namespace Azora.AuditLoggingService.Features.TreeHeads;

/// <summary>A signed tree head; hashes, key id and signature in hex, the timestamp as signed (milliseconds).</summary>
internal sealed record TreeHeadResponse(Guid Id, long TreeSize, DateTimeOffset Timestamp, long TimestampMilliseconds, string RootHash, string Signature, string KeyId)
{
    public static TreeHeadResponse From(SignedTreeHead head) => new(
        head.Id,
        head.TreeSize,
        head.Timestamp,
        head.Timestamp.ToUnixTimeMilliseconds(),
        Convert.ToHexStringLower(head.RootHash),
        Convert.ToHexStringLower(head.Signature),
        Convert.ToHexStringLower(head.KeyId));
}

internal sealed record TreeHeadPage(IReadOnlyList<TreeHeadResponse> Items, string? NextCursor);
