namespace Azora.Lms.Domain;

/// <summary>An xAPI statement about a learner, kept so the learner can read their own learning record.</summary>
internal sealed class RecordedStatement
{
    /// <summary>The order statements were recorded in, which several statements made in one instant still have.</summary>
    public long Sequence { get; set; }

    public Guid StatementId { get; set; }
    public Guid LearnerId { get; set; }
    public required string Verb { get; set; }
    public DateTimeOffset Timestamp { get; set; }

    /// <summary>The statement as xAPI JSON.</summary>
    public required string Json { get; set; }
}
