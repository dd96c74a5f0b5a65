using System.ComponentModel.DataAnnotations;
using Azora.Education.Domain;

namespace Azora.Education.Features.Runs;

/// <summary>When a run starts and ends, how many seats it has (none for unlimited) and how it is paced.</summary>
internal sealed record RunRequest(
    [Required] DateTimeOffset? StartsAt,
    [Required, AllowedValues("self-paced", "instructor-led", ErrorMessage = "The pacing is self-paced or instructor-led.")] string? Pacing,
    DateTimeOffset? EndsAt = null,
    [Range(1, CourseRun.MaxSeats)] int? Seats = null)
{
    public RunSchedule ToSchedule() => new(StartsAt!.Value, EndsAt, Seats, WireNames.Parse<CoursePacing>(Pacing)!.Value);
}
