namespace Azora.Contracts.Lms;

/// <summary>
/// A command to azora-lms: enrol this learner in this course because another service decided so (program enrolment in
/// azora-education). Handled once per <see cref="RequestId"/>; enrolling someone already enrolled changes nothing.
/// </summary>
[MessageName("azora-lms.enroll-learner.v1")]
public sealed record EnrollLearner(Guid RequestId, Guid LearnerId, Guid CourseId, string Reason, DateTimeOffset RequestedAt);
