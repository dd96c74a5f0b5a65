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

namespace Azora.Lms.Features.Gradebook;

internal sealed record GradeCategoryRequest(string? Name, decimal Weight, int DropLowest = 0);

/// <param name="Categories">The course's categories; their weights sum to 100. An empty list removes them (the grade is then a plain average).</param>
internal sealed record SetGradeCategoriesRequest([Required, MaxLength(SetGradeCategories.MaxCategories)] IReadOnlyList<GradeCategoryRequest>? Categories);

/// <summary>An instructor of the course sets its gradebook categories, their weights and how many lowest scores each drops.</summary>
internal static class SetGradeCategories
{
    public const int MaxCategories = 20;
    public const int MaxDropLowest = 50;

    public static void Map(IEndpointRouteBuilder courses) =>
        courses.MapPut("/{id:guid}/gradebook/categories", HandleAsync)
            .WithName("SetGradeCategories")
            .WithSummary("Replace the course's weighted gradebook categories (weights sum to 100; dropLowest per category).");

    private static async Task<Results<Ok<CourseResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        SetGradeCategoriesRequest request,
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
        var course = await CourseLoading.LoadAsync(db, id, cancellationToken);
        if (course is null || !caller.CanSee(callerId, course))
        {
            return LmsProblems.NoCourse();
        }
        if (!caller.CanTeach(callerId, course))
        {
            return LmsProblems.InstructorsOnly();
        }
        var categories = request.Categories!;
        if (Problem(categories, course) is { } problem)
        {
            return LmsProblems.Field("categories", problem);
        }

        var now = clock.GetUtcNow();
        course.ReplaceGradeCategories(
            [.. categories.Select(c => new GradeCategory { CourseId = course.Id, Name = c.Name!.Trim(), Weight = c.Weight, DropLowest = c.DropLowest })],
            now);
        var audit = LmsAudit.GradingChanged(callerId, course.Id, course.GradeCategories.Select(c => (c.Name, c.Weight, c.DropLowest)), now);
        return await outbox.TryCommitAsync(cancellationToken, audit)
            ? TypedResults.Ok(CourseResponse.From(course))
            : LmsProblems.ChangedMeanwhile();
    }

    private static string? Problem(IReadOnlyList<GradeCategoryRequest> categories, Course course)
    {
        if (categories.Count == 0)
        {
            return null;
        }
        if (categories.Any(c => c is null || string.IsNullOrWhiteSpace(c.Name) || c.Name.Trim().Length > Lesson.CategoryMaxLength))
        {
            return $"Every category has a name of 1 to {Lesson.CategoryMaxLength} characters.";
        }
        if (categories.Select(c => c.Name!.Trim()).Distinct(StringComparer.Ordinal).Count() != categories.Count)
        {
            return "Each category is named once.";
        }
        if (categories.Any(c => c.Weight is < 0 or > 100 || c.DropLowest is < 0 or > MaxDropLowest))
        {
            return $"A weight is 0 to 100 and dropLowest 0 to {MaxDropLowest}.";
        }
        if (categories.Sum(c => c.Weight) != 100)
        {
            return $"The weights sum to 100, not {categories.Sum(c => c.Weight)}.";
        }
        var names = categories.Select(c => c.Name!.Trim()).ToHashSet(StringComparer.Ordinal);
        var orphaned = course.Lessons.Where(l => l.GradeCategory is { } name && !names.Contains(name)).Select(l => l.GradeCategory!).Distinct().ToList();
        return orphaned.Count > 0 ? $"Quiz lessons use categories that would be missing: {string.Join(", ", orphaned)}." : null;
    }
}
