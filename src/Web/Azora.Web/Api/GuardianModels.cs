namespace Azora.Web.Api;

/// <summary>Guardianship as azora-education keeps it: consented links and the progress a guardian may see.</summary>
public sealed record GuardedLearner(Guid LearnerId, Guid LinkId, DateTimeOffset Since);

public sealed record GuardedLearnerList(IReadOnlyList<GuardedLearner> Items);

public sealed record GuardedCourse(Guid CourseId, string? Title, DateTimeOffset? EnrolledAt, int LessonsCompleted, int LessonCount, decimal ProgressPercent, DateTimeOffset? CompletedAt, decimal? Grade);

public sealed record GuardedProgram(Guid ProgramId, string Title, string Kind, DateTimeOffset EnrolledAt, DateTimeOffset? CompletedAt);

public sealed record GuardedProgress(Guid LearnerId, IReadOnlyList<GuardedCourse> Courses, IReadOnlyList<GuardedProgram> Programs);

public sealed record GuardianLink(Guid Id, Guid GuardianId, Guid LearnerId, string InvitedBy, string Status, DateTimeOffset InvitedAt);

public sealed record GuardianLinkPage(IReadOnlyList<GuardianLink> Items, string? NextCursor);
