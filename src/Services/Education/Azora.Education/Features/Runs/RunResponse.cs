using Azora.Education.Domain;

namespace Azora.Education.Features.Runs;

/// <summary>A course run; <c>seats</c> is null when the run has no limit, <c>endsAt</c> when it has no fixed end.</summary>
internal sealed record RunResponse(Guid Id, Guid CourseId, DateTimeOffset StartsAt, DateTimeOffset? EndsAt, int? Seats, string Pacing)
{
    public static RunResponse From(CourseRun run) =>
        new(run.Id, run.CourseId, run.StartsAt, run.EndsAt, run.Seats, WireNames.Of(run.Pacing));
}
