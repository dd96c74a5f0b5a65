using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Azora.Lms.Features;

/// <summary>The problem responses azora-lms's endpoints share, with fields named as the client sent them.</summary>
internal static class LmsProblems
{
    public static ProblemHttpResult NoCourse() => NotFound("The course does not exist.");

    public static ProblemHttpResult NoModule() => NotFound("The module does not exist.");

    public static ProblemHttpResult NoLesson() => NotFound("The lesson does not exist.");

    public static ProblemHttpResult NotFound(string title) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title);

    public static ProblemHttpResult InstructorsOnly() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the course's instructors may do this.");

    public static ProblemHttpResult NotEnrolled() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You are not enrolled in this course.");

    public static ProblemHttpResult EnrolmentEnded() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Your enrolment in this course has ended.",
            detail: "The purchase that paid for it was refunded; buy the course again to go on.");

    public static ProblemHttpResult Conflict(string title, string? detail = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    public static ProblemHttpResult ChangedMeanwhile() =>
        Conflict("The course changed while this request ran; read it again and retry.");

    public static ValidationProblem Field(string field, params string[] messages) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = messages });

    /// <summary>A problem with field-level <c>errors</c> and a status other than 400 (422).</summary>
    public static ProblemHttpResult Fields(int status, string title, IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Status = status, Title = title });
}
