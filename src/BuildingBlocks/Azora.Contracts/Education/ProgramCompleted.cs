namespace Azora.Contracts.Education;

/// <summary>A learner completed every course of a program. Published exactly once per learner and program.</summary>
/// <param name="Kind">certificate, degree or pathway.</param>
[MessageName("azora-education.program-completed.v1")]
public sealed record ProgramCompleted(
    Guid LearnerId,
    Guid ProgramId,
    string Title,
    string Summary,
    string Kind,
    IReadOnlyList<string> Skills,
    DateTimeOffset CompletedAt);
