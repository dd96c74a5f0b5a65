using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Lms.Data;
using Azora.Lms.Domain;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Lms.Features.Announcements;

internal sealed record PostAnnouncementRequest(
    [Required, StringLength(Announcement.TitleMaxLength)] string Title,
    [Required, StringLength(Announcement.BodyMaxLength)] string Body);

/// <summary>An instructor of the course posts an announcement to its learners.</summary>
internal static class PostAnnouncement
{
    public static void Map(IEndpointRouteBuilder courses) =>
        courses.MapPost("/{id:guid}/announcements", HandleAsync)
            .WithName("PostAnnouncement")
            .WithSummary("Post an announcement to the course's learners (its instructors only).");

    private static async Task<Results<Created<AnnouncementResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        PostAnnouncementRequest request,
        ClaimsPrincipal caller,
        LmsDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var blank = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            blank["title"] = ["The title must not be blank."];
        }
        if (string.IsNullOrWhiteSpace(request.Body))
        {
            blank["body"] = ["The body must not be blank."];
        }
        if (blank.Count > 0)
        {
            return TypedResults.ValidationProblem(blank);
        }
        var course = await CourseLoading.LoadAsync(db, id, cancellationToken);
        if (course is null || !caller.CanSee(callerId, course))
        {
            return LmsProblems.NoCourse();
        }
        if (!caller.CanTeach(callerId, course))
        {
            return LmsProblems.InstructorsOnly();
        }

        var now = clock.GetUtcNow();
        var announcement = new Announcement
        {
            Id = Guid.CreateVersion7(now),
            CourseId = course.Id,
            AuthorId = callerId,
            Title = request.Title.Trim(),
            Body = request.Body.Trim(),
            PostedAt = now,
        };
        db.Announcements.Add(announcement);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/courses/{course.Id}/announcements", AnnouncementResponse.From(announcement));
    }
}
