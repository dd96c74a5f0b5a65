using System.Security.Claims;
using Azora.Lms.Data;
using Azora.Lms.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Features.Calendar;

internal sealed record CalendarFeedResponse(string Url, DateTimeOffset CreatedAt);

/// <summary>
/// The caller gets a secret address for a calendar of their due dates, to subscribe to from any calendar app. Asking
/// again rotates it: a new address, and the old one stops working. The address is shown only in this answer.
/// </summary>
internal static class RotateCalendarFeed
{
    public static void Map(IEndpointRouteBuilder me) =>
        me.MapPost("/calendar", HandleAsync)
            .WithName("RotateCalendarFeed")
            .WithSummary("Create, or rotate, the signed-in learner's secret iCalendar address of due dates; an earlier address stops working.");

    private static async Task<Results<Ok<CalendarFeedResponse>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        ClaimsPrincipal caller,
        LmsDbContext db,
        LmsOptions options,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var learnerId))
        {
            return TypedResults.Forbid();
        }
        var (token, hash) = CalendarFeed.NewToken();
        var now = clock.GetUtcNow();
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.LearnerId == learnerId, cancellationToken);
        if (feed is null)
        {
            db.CalendarFeeds.Add(new CalendarFeed { LearnerId = learnerId, TokenHash = hash, CreatedAt = now });
        }
        else
        {
            feed.TokenHash = hash;
            feed.CreatedAt = now;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return LmsProblems.Conflict("The calendar address was being rotated by another request; ask again.");
        }
        return TypedResults.Ok(new CalendarFeedResponse(options.CalendarUrl(token), now));
    }
}
