using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Lms.Data;
using Azora.Lms.Domain;
using Azora.Lms.Features.Courses;
using Azora.Lms.Learning;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Lms.Features.Authoring;

/// <param name="Kind"><c>content</c> (with <c>contentItemId</c>), <c>video</c> (with <c>videoUrl</c> and <c>captionsUrl</c>) or <c>quiz</c> (with <c>quizId</c>).</param>
/// <param name="DueOffsetDays">Days after a learner's enrolment by which the lesson is due; none for no due date.</param>
/// <param name="GradeCategory">For a quiz: the gradebook category its score counts in.</param>
internal sealed record AddLessonRequest(
    [Required, StringLength(Lesson.TitleMaxLength)] string Title,
    [Required, RegularExpression(WireNames.KindPattern, ErrorMessage = "The kind is content, video or quiz.")] string Kind,
    Guid? ContentItemId = null,
    [StringLength(Lesson.UrlMaxLength)] string? VideoUrl = null,
    [StringLength(Lesson.UrlMaxLength)] string? CaptionsUrl = null,
    Guid? QuizId = null,
    bool Required = true,
    [Range(0, Lesson.MaxDueOffsetDays)] int? DueOffsetDays = null,
    [StringLength(Lesson.CategoryMaxLength)] string? GradeCategory = null);

/// <summary>An instructor of the course adds a lesson at the end of a module.</summary>
internal static class AddLesson
{
    public static void Map(IEndpointRouteBuilder modules) =>
        modules.MapPost("/{id:guid}/lessons", HandleAsync)
            .WithName("AddLesson")
            .WithSummary("Add a content, video (captions required) or quiz lesson at the end of a module (the course's instructors only).");

    private static async Task<Results<Created<LessonResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        AddLessonRequest request,
        ClaimsPrincipal caller,
        LmsDbContext db,
        LmsOutbox outbox,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var courseId = await db.Modules.Where(m => m.Id == id).Select(m => (Guid?)m.CourseId).SingleOrDefaultAsync(cancellationToken);
        var course = courseId is { } found ? await CourseLoading.LoadAsync(db, found, cancellationToken) : null;
        if (course is null || !caller.CanSee(callerId, course))
        {
            return LmsProblems.NoModule();
        }
        if (!caller.CanTeach(callerId, course))
        {
            return LmsProblems.InstructorsOnly();
        }
        var problems = LessonRules.Problems(request, course);
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }
        if (course.Lessons.Count >= Course.MaxLessons)
        {
            return LmsProblems.Conflict($"A course has at most {Course.MaxLessons} lessons.");
        }

        var now = clock.GetUtcNow();
        var lesson = course.AddLesson(course.Modules.Single(m => m.Id == id), LessonRules.ToDefinition(request), now);
        return await outbox.TryCommitAsync(cancellationToken, CatalogAnnouncement.AfterChange(course, now))
            ? TypedResults.Created($"/api/courses/{course.Id}", LessonResponse.From(lesson))
            : LmsProblems.ChangedMeanwhile();
    }
}
