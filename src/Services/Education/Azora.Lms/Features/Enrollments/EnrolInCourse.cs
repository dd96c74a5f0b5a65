using System.Security.Claims;
using Azora.Lms.Data;
using Azora.Lms.Domain;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Features.Enrollments;

/// <summary>
/// The caller enrols themself in a published free course whose prerequisites they have completed. Enrolling again
/// returns the enrolment they already have. A priced course is refused with 402: it is enrolled when payment-service
/// reports the purchase (CoursePurchased).
/// </summary>
internal static class EnrolInCourse
{
    public static void Map(IEndpointRouteBuilder courses) =>
        courses.MapPost("/{id:guid}/enrollments", HandleAsync)
            .WithName("EnrolInCourse")
            .WithSummary("Enrol the signed-in learner in a free published course (201; 200 with the existing enrolment when already enrolled; 402 for a priced course).");

    private static async Task<Results<Created<EnrollmentResponse>, Ok<EnrollmentResponse>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        ClaimsPrincipal caller,
        LmsDbContext db,
        LearningRecorder recorder,
        LmsOutbox outbox,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var learnerId))
        {
            return TypedResults.Forbid();
        }
        var course = await CourseLoading.LoadAsync(db, id, cancellationToken);
        if (course is null || !caller.CanSee(learnerId, course))
        {
            return LmsProblems.NoCourse();
        }
        var existing = await db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.CourseId == id && e.LearnerId == learnerId, cancellationToken);
        if (existing is not null)
        {
            return TypedResults.Ok(EnrollmentResponse.From(existing));
        }
        if (!course.IsPublished)
        {
            return LmsProblems.Conflict("The course is not published, so nobody can enrol yet.");
        }
        // Prerequisites first, so that nobody is asked to pay for a course they cannot take yet.
        var missing = await MissingPrerequisitesAsync(db, course, learnerId, cancellationToken);
        if (missing.Count > 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Complete the prerequisite courses first.",
                detail: $"Still to complete: {string.Join("; ", missing.Select(m => m.Title))}.",
                extensions: new Dictionary<string, object?> { ["missingPrerequisites"] = missing.Select(m => m.Id).ToList() });
        }
        if (!course.IsFree)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status402PaymentRequired,
                title: "Payment is required to enrol in this course.",
                detail: $"The course costs {course.PriceMinor} minor units of {course.Currency}; buying it through payment-service enrols you.",
                extensions: new Dictionary<string, object?> { ["priceMinor"] = course.PriceMinor, ["currency"] = course.Currency });
        }

        var (enrollment, _) = await recorder.EnrolAsync(course, learnerId, EnrollmentSource.Self, cancellationToken);
        if (await outbox.TryCommitAsync(cancellationToken))
        {
            return TypedResults.Created($"/api/courses/{id}/progress", EnrollmentResponse.From(enrollment));
        }
        // Another request enrolled the same learner a moment ago: that enrolment is the answer.
        db.ChangeTracker.Clear();
        var winner = await db.Enrollments.AsNoTracking().SingleOrDefaultAsync(e => e.CourseId == id && e.LearnerId == learnerId, cancellationToken);
        return winner is null ? LmsProblems.ChangedMeanwhile() : TypedResults.Ok(EnrollmentResponse.From(winner));
    }

    private static async Task<List<(Guid Id, string Title)>> MissingPrerequisitesAsync(LmsDbContext db, Course course, Guid learnerId, CancellationToken cancellationToken)
    {
        if (course.PrerequisiteIds.Count == 0)
        {
            return [];
        }
        var required = course.PrerequisiteIds;
        var completed = await db.CourseCompletions
            .Where(c => c.LearnerId == learnerId && required.Contains(c.CourseId))
            .Select(c => c.CourseId)
            .ToListAsync(cancellationToken);
        var missing = required.Except(completed).ToList();
        var titles = await db.Courses.Where(c => missing.Contains(c.Id)).Select(c => new { c.Id, c.Title }).ToListAsync(cancellationToken);
        return [.. titles.Select(t => (t.Id, t.Title))];
    }
}
