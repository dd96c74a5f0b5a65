using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Azora.AuditLoggingService.Domain;

/// <summary>
/// One audited event as the log stores it. Its canonical bytes (<see cref="ToCanonicalJson"/>) are what the Merkle
/// tree hashes and what the log keeps verbatim, so anyone can recompute a leaf hash from an exported entry.
/// </summary>
/// <remarks>
/// The canonical form is UTF-8 JSON without whitespace, every object's keys in ordinal order, timestamps as UTC
/// ISO 8601 with six fractional digits (microseconds, the precision both databases keep). Kinds and outcomes are
/// lowercase words.
/// </remarks>
internal sealed partial record AuditRecord(
    Guid Id,
    Guid EventId,
    string ActorId,
    string ActorKind,
    string Action,
    string ResourceType,
    string ResourceId,
    string Outcome,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    string SourceService,
    IReadOnlyDictionary<string, string> Details)
{
    public const int IdMaxLength = 200;
    public const int NameMaxLength = 100;
    public const int MaxDetails = 50;
    public const int DetailValueMaxLength = 2000;

    public static readonly IReadOnlyList<string> ActorKinds = ["account", "service", "system"];
    public static readonly IReadOnlyList<string> Outcomes = ["succeeded", "failed", "denied"];

    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    /// <summary>A new record, validated; anything that breaks the rules is refused naming the field.</summary>
    public static AuditRecord Create(
        Guid eventId, string actorId, string actorKind, string action, string resourceType, string resourceId, string outcome,
        DateTimeOffset occurredAt, DateTimeOffset recordedAt, string sourceService, IReadOnlyDictionary<string, string>? details)
    {
        if (eventId == Guid.Empty)
        {
            throw new ArgumentException("An event id is required.", nameof(eventId));
        }
        RequireText(actorId, IdMaxLength, nameof(actorId));
        RequireOneOf(actorKind, ActorKinds, nameof(actorKind));
        RequireName(action, nameof(action));
        RequireName(resourceType, nameof(resourceType));
        RequireText(resourceId, IdMaxLength, nameof(resourceId));
        RequireOneOf(outcome, Outcomes, nameof(outcome));
        RequireName(sourceService, nameof(sourceService));
        var copied = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in details ?? new Dictionary<string, string>())
        {
            RequireText(key, NameMaxLength, nameof(details));
            if (value is null || value.Length > DetailValueMaxLength)
            {
                throw new ArgumentException($"A detail's value is text of at most {DetailValueMaxLength} characters.", nameof(details));
            }
            copied[key] = value;
        }
        if (copied.Count > MaxDetails)
        {
            throw new ArgumentException($"At most {MaxDetails} details.", nameof(details));
        }

        return new AuditRecord(Guid.CreateVersion7(recordedAt), eventId, actorId, actorKind, action, resourceType, resourceId, outcome,
            ToMicroseconds(occurredAt), ToMicroseconds(recordedAt), sourceService, copied);
    }

    public byte[] ToCanonicalJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            // Keys in ordinal order: action, actor, details, eventId, id, occurredAt, outcome, recordedAt, resource, sourceService.
            json.WriteStartObject();
            json.WriteString("action", Action);
            json.WriteStartObject("actor");
            json.WriteString("id", ActorId);
            json.WriteString("kind", ActorKind);
            json.WriteEndObject();
            json.WriteStartObject("details");
            foreach (var (key, value) in Details.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                json.WriteString(key, value);
            }
            json.WriteEndObject();
            json.WriteString("eventId", EventId.ToString("D"));
            json.WriteString("id", Id.ToString("D"));
            json.WriteString("occurredAt", Format(OccurredAt));
            json.WriteString("outcome", Outcome);
            json.WriteString("recordedAt", Format(RecordedAt));
            json.WriteStartObject("resource");
            json.WriteString("id", ResourceId);
            json.WriteString("type", ResourceType);
            json.WriteEndObject();
            json.WriteString("sourceService", SourceService);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>Reads canonical bytes back; false for bytes that are not a well-formed entry.</summary>
    public static bool TryParse(byte[] canonical, out AuditRecord record)
    {
        record = null!;
        try
        {
            using var document = JsonDocument.Parse(canonical);
            var root = document.RootElement;
            var actor = root.GetProperty("actor");
            var resource = root.GetProperty("resource");
            var details = root.GetProperty("details").EnumerateObject().ToDictionary(d => d.Name, d => d.Value.GetString() ?? "", StringComparer.Ordinal);
            record = new AuditRecord(
                Guid.Parse(root.GetProperty("id").GetString()!),
                Guid.Parse(root.GetProperty("eventId").GetString()!),
                actor.GetProperty("id").GetString()!,
                actor.GetProperty("kind").GetString()!,
                root.GetProperty("action").GetString()!,
                resource.GetProperty("type").GetString()!,
                resource.GetProperty("id").GetString()!,
                root.GetProperty("outcome").GetString()!,
                ParseTimestamp(root.GetProperty("occurredAt").GetString()!),
                ParseTimestamp(root.GetProperty("recordedAt").GetString()!),
                root.GetProperty("sourceService").GetString()!,
                details);
            return true;
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentNullException)
        {
            return false;
        }
    }

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.ParseExact(text, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static DateTimeOffset ToMicroseconds(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
    }

    private static void RequireText(string? value, int maxLength, string field)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > maxLength)
        {
            throw new ArgumentException($"Text of 1 to {maxLength} characters is required.", field);
        }
    }

    private static void RequireName(string? value, string field)
    {
        if (value is null || value.Length > NameMaxLength || !Name().IsMatch(value))
        {
            throw new ArgumentException($"Lowercase words joined by dots or dashes, at most {NameMaxLength} characters, e.g. account.role-granted.", field);
        }
    }

    private static void RequireOneOf(string? value, IReadOnlyList<string> allowed, string field)
    {
        if (value is null || !allowed.Contains(value, StringComparer.Ordinal))
        {
            throw new ArgumentException($"One of {string.Join(", ", allowed)}.", field);
        }
    }

    [GeneratedRegex("^[a-z0-9]+([.-][a-z0-9]+)*$")]
    private static partial Regex Name();
}
