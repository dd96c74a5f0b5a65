using System.Text;
using Azora.Lms.Data;
using Azora.Lms.Domain;
using Azora.Lms.Learning;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Features.Calendar;

/// <summary>
/// The calendar at a learner's secret address. Calendar apps cannot sign in, so the address itself is the credential:
/// it is answered without a token, and an unknown or rotated address is simply not found.
/// </summary>
internal static class ReadCalendarFeed
{
    public static void Map(IEndpointRouteBuilder calendar) =>
        calendar.MapGet("/{token}.ics", HandleAsync)
            .AllowAnonymous()
            .WithName("ReadCalendarFeed")
            .WithSummary("The learner's open due dates as an RFC 5545 iCalendar feed, at the secret address from POST /api/me/calendar.");

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> HandleAsync(
        string token,
        LmsDbContext db,
        LearningRecorder recorder,
        LmsOptions options,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var hash = CalendarFeed.HashOf(token);
        var feed = token.Length <= 64
            ? await db.CalendarFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.TokenHash == hash, cancellationToken)
            : null;
        if (feed is null)
        {
            return LmsProblems.NotFound("There is no calendar at this address.");
        }

        var items = new List<DueItem>();
        var enrollments = await db.Enrollments.Where(e => e.LearnerId == feed.LearnerId && e.CompletedAt == null).ToListAsync(cancellationToken);
        foreach (var enrollment in enrollments)
        {
            var course = await CourseLoading.LoadAsync(db, enrollment.CourseId, cancellationToken);
            if (course is null)
            {
                continue;
            }
            var progress = await recorder.ProgressAsync(course, enrollment, cancellationToken);
            items.AddRange(progress.Lessons
                .Where(l => !l.Done && l.DueAt is not null)
                .Select(l => new DueItem(enrollment.Id, course.Id, course.Title, l.Lesson.Id, l.Lesson.Title, l.DueAt!.Value)));
        }
        return TypedResults.Text(DueDateCalendar.Write(items, clock.GetUtcNow(), options), DueDateCalendar.MediaType, Encoding.UTF8);
    }
}
