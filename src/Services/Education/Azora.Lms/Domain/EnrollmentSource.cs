namespace Azora.Lms.Domain;

/// <summary>How a learner came to be enrolled.</summary>
internal enum EnrollmentSource
{
    /// <summary>The learner enrolled themself in a free course.</summary>
    Self,

    /// <summary>The learner paid for the course (payment-service's CoursePurchased).</summary>
    Purchase,

    /// <summary>Another service enrolled them, e.g. a program enrolment in azora-education (EnrollLearner).</summary>
    Request,
}
