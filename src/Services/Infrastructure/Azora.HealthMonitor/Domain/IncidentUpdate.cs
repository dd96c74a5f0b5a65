namespace Azora.HealthMonitor.Domain;

/// <summary>One entry of an incident's timeline. Its message is public: it never names an instance's address or error.</summary>
internal sealed class IncidentUpdate
{
    public const int MessageMaxLength = 2000;

    private IncidentUpdate()
    {
    }

    public Guid Id { get; private set; }
    public Guid IncidentId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public IncidentUpdateKind Kind { get; private set; }
    public string Message { get; private set; } = "";

    /// <summary>The platform admin who wrote a note; null for the monitor's own updates.</summary>
    public Guid? AuthorId { get; private set; }

    /// <summary>An entry named <paramref name="id"/> when given (a new time-ordered id otherwise).</summary>
    public static IncidentUpdate Write(Guid incidentId, IncidentUpdateKind kind, string message, DateTimeOffset at, Guid? authorId = null, Guid? id = null) =>
        new()
        {
            Id = id ?? Guid.CreateVersion7(at),
            IncidentId = incidentId,
            At = at,
            Kind = kind,
            Message = message,
            AuthorId = authorId,
        };
}
