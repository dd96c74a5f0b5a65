using Azora.AuditLoggingService.Domain;

namespace Azora.AuditLoggingService.Features.Entries;

internal sealed record ActorResponse(string Id, string Kind);

internal sealed record ResourceResponse(string Type, string Id);

/// <summary>
/// One log entry: its fields, its exact logged bytes (<see cref="Entry"/>, base64) and their leaf hash (hex), so a
/// reader can recompute SHA-256(0x00 || entry) and check it against an inclusion proof.
/// </summary>
internal sealed record EntryResponse(
    long LeafIndex,
    Guid Id,
    Guid EventId,
    ActorResponse Actor,
    string Action,
    ResourceResponse Resource,
    string Outcome,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    string SourceService,
    IReadOnlyDictionary<string, string> Details,
    string Entry,
    string LeafHash)
{
    public static EntryResponse From(AuditEntry entry)
    {
        var details = AuditRecord.TryParse(entry.Content, out var record) ? record.Details : new Dictionary<string, string>();
        return new EntryResponse(
            entry.LeafIndex,
            entry.Id,
            entry.EventId,
            new ActorResponse(entry.ActorId, entry.ActorKind),
            entry.Action,
            new ResourceResponse(entry.ResourceType, entry.ResourceId),
            entry.Outcome,
            entry.OccurredAt,
            entry.RecordedAt,
            entry.SourceService,
            details,
            Convert.ToBase64String(entry.Content),
            Convert.ToHexStringLower(entry.LeafHash));
    }
}

internal sealed record EntryPage(IReadOnlyList<EntryResponse> Items, string? NextCursor);

internal sealed record EntryRange(long Start, long End, IReadOnlyList<EntryResponse> Items);
