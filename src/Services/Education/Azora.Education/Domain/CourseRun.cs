namespace Azora.Education.Domain;

/// <summary>How a run is taught: each learner at their own pace, or a cohort following an instructor's calendar.</summary>
internal enum CoursePacing
{
    SelfPaced,
    InstructorLed,
}

/// <summary>One offering of a catalog course: its dates, how many seats it has (none means unlimited) and its pacing.</summary>
internal sealed class CourseRun
{
    public const int MaxSeats = 1_000_000;

    private CourseRun()
    {
    }

    public Guid Id { get; private set; }
    public Guid CourseId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset? EndsAt { get; private set; }
    public int? Seats { get; private set; }
    public CoursePacing Pacing { get; private set; }
    public Guid ScheduledBy { get; private set; }
    public DateTimeOffset ScheduledAt { get; private set; }

    /// <summary>A new run; an end before the start, or seats outside 1 to <see cref="MaxSeats"/>, is refused naming the field.</summary>
    public static CourseRun Schedule(Guid courseId, RunSchedule schedule, Guid scheduledBy, DateTimeOffset now)
    {
        var run = new CourseRun { Id = Guid.CreateVersion7(now), CourseId = courseId, ScheduledBy = scheduledBy, ScheduledAt = now };
        run.Change(schedule);
        return run;
    }

    public void Change(RunSchedule schedule)
    {
        if (schedule.EndsAt is { } end && end <= schedule.StartsAt)
        {
            throw new FieldRefusedException("endsAt", "A run ends after it starts.");
        }
        if (schedule.Seats is < 1 or > MaxSeats)
        {
            throw new FieldRefusedException("seats", $"A run has 1 to {MaxSeats} seats, or none for unlimited.");
        }
        StartsAt = schedule.StartsAt.ToUniversalTime();
        EndsAt = schedule.EndsAt?.ToUniversalTime();
        Seats = schedule.Seats;
        Pacing = schedule.Pacing;
    }
}

internal sealed record RunSchedule(DateTimeOffset StartsAt, DateTimeOffset? EndsAt, int? Seats, CoursePacing Pacing);
