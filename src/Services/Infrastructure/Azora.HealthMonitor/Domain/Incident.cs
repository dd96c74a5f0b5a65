namespace Azora.HealthMonitor.Domain;

/// <summary>
/// A period in which a service failed its polls, opened by the monitor after enough failed polls in a row and resolved
/// by it after enough healthy ones. Its timeline records every change of severity or of the instances affected.
/// </summary>
internal sealed class Incident
{
    private readonly List<IncidentUpdate> _updates = [];
    private readonly List<AffectedInstance> _affected = [];

    private Incident()
    {
    }

    public Guid Id { get; private set; }
    public string ServiceId { get; private set; } = "";
    public IncidentSeverity Severity { get; private set; }

    /// <summary>The first failed poll of the run that opened the incident.</summary>
    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    public IReadOnlyList<IncidentUpdate> Updates => _updates;
    public IReadOnlyList<AffectedInstance> Affected => _affected;

    public bool IsOpen => ResolvedAt is null;

    /// <summary>How long the service has been (or was) failing.</summary>
    public TimeSpan DurationAt(DateTimeOffset now) => (ResolvedAt ?? now) - StartedAt;

    public static Incident Open(string serviceId, DateTimeOffset startedAt, ServicePoll poll, IReadOnlyCollection<string> notReady)
    {
        var incident = new Incident
        {
            Id = Guid.CreateVersion7(startedAt),
            ServiceId = serviceId,
            Severity = SeverityOf(poll),
            StartedAt = startedAt,
            OpenedAt = poll.PolledAt,
        };
        incident.AddAffected(notReady, poll.PolledAt);
        incident.Append(IncidentUpdateKind.Opened, $"{Describe(incident.Severity)}: {Count(poll)}.", poll.PolledAt);
        return incident;
    }

    /// <summary>
    /// Takes in a failed poll while the incident lasts; appends an update when the picture changed. True when the
    /// severity changed.
    /// </summary>
    public bool Observe(ServicePoll poll, IReadOnlyCollection<string> notReady)
    {
        var newlyAffected = AddAffected(notReady, poll.PolledAt);
        var severity = SeverityOf(poll);
        if (severity != Severity)
        {
            var kind = severity > Severity ? IncidentUpdateKind.Escalated : IncidentUpdateKind.Downgraded;
            Severity = severity;
            Append(kind, $"Now a {Describe(severity).ToLowerInvariant()}: {Count(poll)}.", poll.PolledAt);
            return true;
        }
        if (newlyAffected > 0)
        {
            Append(IncidentUpdateKind.MoreInstancesAffected, $"More instances affected: {Count(poll)}.", poll.PolledAt);
        }
        return false;
    }

    public void Resolve(ServicePoll poll)
    {
        ResolvedAt = poll.PolledAt;
        Append(IncidentUpdateKind.Resolved, $"Resolved: {Count(poll)} after {Minutes(DurationAt(poll.PolledAt))}.", poll.PolledAt);
    }

    public IncidentUpdate AddNote(Guid authorId, string text, DateTimeOffset at, Guid? noteId = null) =>
        Append(IncidentUpdateKind.Note, text.Trim(), at, authorId, noteId);

    private IncidentUpdate Append(IncidentUpdateKind kind, string message, DateTimeOffset at, Guid? authorId = null, Guid? updateId = null)
    {
        var update = IncidentUpdate.Write(Id, kind, message, at, authorId, updateId);
        _updates.Add(update);
        return update;
    }

    private int AddAffected(IEnumerable<string> notReady, DateTimeOffset at)
    {
        var added = 0;
        foreach (var instance in notReady.Where(i => _affected.All(a => a.Instance != i)))
        {
            _affected.Add(AffectedInstance.Of(Id, instance, at));
            added++;
        }
        return added;
    }

    private static IncidentSeverity SeverityOf(ServicePoll poll) =>
        poll.ReadyInstances == 0 ? IncidentSeverity.Major : IncidentSeverity.Minor;

    private static string Describe(IncidentSeverity severity) =>
        severity == IncidentSeverity.Major ? "Major outage" : "Partial outage";

    private static string Count(ServicePoll poll) => $"{poll.ReadyInstances} of {poll.Instances} instances ready";

    private static string Minutes(TimeSpan duration) =>
        duration < TimeSpan.FromMinutes(1) ? $"{(int)duration.TotalSeconds} s" : $"{(int)duration.TotalMinutes} min";
}
