using Azora.AuditLoggingService.Domain;

namespace Azora.AuditLoggingService.Features.Entries;

/// <summary>Who, what, on what and when: the search and export filters, each optional, all applied together.</summary>
internal sealed record EntryFilter(
    string? ActorId, string? ActorKind, string? Action, string? ResourceType, string? ResourceId, DateTimeOffset? From, DateTimeOffset? To)
{
    public static EntryFilter Read(
        QueryParameters query, string? actorId, string? actorKind, string? action, string? resourceType, string? resourceId, string? from, string? to)
    {
        CheckLength(query, "actorId", actorId, AuditRecord.IdMaxLength);
        CheckLength(query, "action", action, AuditRecord.NameMaxLength);
        CheckLength(query, "resourceType", resourceType, AuditRecord.NameMaxLength);
        CheckLength(query, "resourceId", resourceId, AuditRecord.IdMaxLength);
        if (actorKind is not null && !AuditRecord.ActorKinds.Contains(actorKind, StringComparer.Ordinal))
        {
            query.Fail("actorKind", $"One of {string.Join(", ", AuditRecord.ActorKinds)}.");
        }
        var since = query.Time("from", from);
        var until = query.Time("to", to);
        if (since is { } a && until is { } b && b < a)
        {
            query.Fail("to", "The end of the time range is not before its start.");
        }
        return new EntryFilter(actorId, actorKind, action, resourceType, resourceId, since, until);
    }

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (ActorId is not null)
        {
            entries = entries.Where(e => e.ActorId == ActorId);
        }
        if (ActorKind is not null)
        {
            entries = entries.Where(e => e.ActorKind == ActorKind);
        }
        if (Action is not null)
        {
            entries = entries.Where(e => e.Action == Action);
        }
        if (ResourceType is not null)
        {
            entries = entries.Where(e => e.ResourceType == ResourceType);
        }
        if (ResourceId is not null)
        {
            entries = entries.Where(e => e.ResourceId == ResourceId);
        }
        if (From is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }
        if (To is { } to)
        {
            entries = entries.Where(e => e.OccurredAt < to);
        }
        return entries;
    }

    private static void CheckLength(QueryParameters query, string field, string? value, int maxLength)
    {
        if (value is not null && (value.Length == 0 || value.Length > maxLength))
        {
            query.Fail(field, $"Text of 1 to {maxLength} characters.");
        }
    }
}
