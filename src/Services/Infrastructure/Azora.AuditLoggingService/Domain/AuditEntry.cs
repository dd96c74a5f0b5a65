namespace Azora.AuditLoggingService.Domain;

/// <summary>
/// One leaf of the log: its index, its canonical bytes kept verbatim (<see cref="Content"/>) and their leaf hash. The
/// other columns repeat fields of the content so that the log can be searched; the verifier checks they agree.
/// </summary>
internal sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public long LeafIndex { get; private set; }
    public Guid Id { get; private set; }
    public Guid EventId { get; private set; }
    public string ActorId { get; private set; } = "";
    public string ActorKind { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string ResourceType { get; private set; } = "";
    public string ResourceId { get; private set; } = "";
    public string Outcome { get; private set; } = "";
    public DateTimeOffset OccurredAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string SourceService { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public byte[] LeafHash { get; private set; } = [];

    public static AuditEntry At(long leafIndex, AuditRecord record)
    {
        var content = record.ToCanonicalJson();
        return new AuditEntry
        {
            LeafIndex = leafIndex,
            Id = record.Id,
            EventId = record.EventId,
            ActorId = record.ActorId,
            ActorKind = record.ActorKind,
            Action = record.Action,
            ResourceType = record.ResourceType,
            ResourceId = record.ResourceId,
            Outcome = record.Outcome,
            OccurredAt = record.OccurredAt,
            RecordedAt = record.RecordedAt,
            SourceService = record.SourceService,
            Content = content,
            LeafHash = MerkleHash.Leaf(content),
        };
    }

    /// <summary>True when the searchable columns say what the logged bytes say.</summary>
    public bool Agrees(AuditRecord record) =>
        record.Id == Id && record.EventId == EventId && record.ActorId == ActorId && record.ActorKind == ActorKind
        && record.Action == Action && record.ResourceType == ResourceType && record.ResourceId == ResourceId
        && record.Outcome == Outcome && record.OccurredAt == OccurredAt && record.RecordedAt == RecordedAt
        && record.SourceService == SourceService;
}
