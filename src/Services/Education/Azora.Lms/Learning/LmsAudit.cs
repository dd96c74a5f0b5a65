using Azora.Contracts.Audit;

namespace Azora.Lms.Learning;

/// <summary>
/// The audit records of azora-lms's consequential actions, for audit-logging-service's tamper-evident log: what enters
/// and leaves the catalog, who may teach a course, changes to how learners are graded and when their work is due, and
/// course completions (which credentials are issued on). Each travels in the same transaction as the change it records.
/// </summary>
internal static class LmsAudit
{
    public const string Source = "azora-lms";

    public static AuditEventRecorded CoursePublished(Guid actorId, Guid courseId, DateTimeOffset at) =>
        Record(actorId, "course.published", "course", courseId, at);

    public static AuditEventRecorded CourseUnpublished(Guid actorId, Guid courseId, DateTimeOffset at) =>
        Record(actorId, "course.unpublished", "course", courseId, at);

    public static AuditEventRecorded InstructorAdded(Guid actorId, Guid courseId, Guid instructorId, DateTimeOffset at) =>
        Record(actorId, "course.instructor-added", "course", courseId, at, new() { ["instructorId"] = instructorId.ToString() });

    public static AuditEventRecorded InstructorRemoved(Guid actorId, Guid courseId, Guid instructorId, DateTimeOffset at) =>
        Record(actorId, "course.instructor-removed", "course", courseId, at, new() { ["instructorId"] = instructorId.ToString() });

    public static AuditEventRecorded GradingChanged(Guid actorId, Guid courseId, IEnumerable<(string Name, decimal Weight, int DropLowest)> categories, DateTimeOffset at) =>
        Record(actorId, "course.grading-changed", "course", courseId, at, new()
        {
            ["categories"] = string.Join("; ", categories.Select(c => $"{c.Name} {c.Weight}% drop {c.DropLowest}")),
        });

    public static AuditEventRecorded ExtensionGranted(Guid actorId, Guid lessonId, Guid learnerId, DateTimeOffset dueAt, DateTimeOffset at) =>
        Record(actorId, "lesson.extension-granted", "lesson", lessonId, at, new()
        {
            ["learnerId"] = learnerId.ToString(),
            ["dueAt"] = dueAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });

    public static AuditEventRecorded CourseCompleted(Guid learnerId, Guid courseId, decimal grade, DateTimeOffset at) =>
        Record(learnerId, "course.completed", "course", courseId, at, new()
        {
            ["grade"] = grade.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    public static AuditEventRecorded EnrolmentEnded(Guid learnerId, Guid enrollmentId, Guid courseId, Guid orderId, DateTimeOffset at) =>
        Record(learnerId, "enrollment.ended-by-refund", "enrollment", enrollmentId, at, new()
        {
            ["courseId"] = courseId.ToString(),
            ["orderId"] = orderId.ToString(),
        });

    private static AuditEventRecorded Record(Guid actorId, string action, string resourceType, Guid resourceId, DateTimeOffset at, Dictionary<string, string>? details = null) =>
        new(
            Guid.CreateVersion7(at),
            new AuditActor(actorId.ToString(), AuditActorKind.Account),
            action,
            new AuditResource(resourceType, resourceId.ToString()),
            AuditOutcome.Succeeded,
            at,
            Source,
            details);
}
