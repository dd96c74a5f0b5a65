using System.Collections.Concurrent;
using Azora.Contracts.Audit;
using Azora.Contracts.Education;
using Azora.Contracts.Lms;

namespace Azora.Education.Tests;

/// <summary>
/// Stands in for azora-lms's handler of <see cref="EnrollLearner"/> in a host without azora-lms, and keeps every command
/// it is given, so tests see exactly what azora-education sent.
/// </summary>
public static class EnrollLearnerRecorder
{
    public static ConcurrentQueue<EnrollLearner> Received { get; } = new();

    public static void Handle(EnrollLearner message) => Received.Enqueue(message);
}

/// <summary>Keeps every <see cref="ProgramCompleted"/> azora-education publishes, as a subscriber would see them.</summary>
public static class ProgramCompletedRecorder
{
    public static ConcurrentQueue<ProgramCompleted> Received { get; } = new();

    public static void Handle(ProgramCompleted message) => Received.Enqueue(message);
}

/// <summary>Keeps every audit event azora-education publishes, as audit-logging-service would receive them.</summary>
public static class AuditRecorder
{
    public static ConcurrentQueue<AuditEventRecorded> Received { get; } = new();

    public static void Handle(AuditEventRecorded message) => Received.Enqueue(message);
}
