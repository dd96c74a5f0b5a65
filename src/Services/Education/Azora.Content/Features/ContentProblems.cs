using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Azora.Content.Features;

/// <summary>The problem responses azora-content's endpoints share, with fields named as the client sent them.</summary>
internal static class ContentProblems
{
    public static ProblemHttpResult NoItem() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The content item does not exist.");

    public static ProblemHttpResult NoVersion(int number) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"The item has no version {number}.");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The item is not in a state that allows this.", detail: detail);

    public static ProblemHttpResult ChangedMeanwhile() =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The item changed while this request ran; read it again and retry.");

    public static ValidationProblem Field(string field, params string[] messages) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = messages });

    /// <summary>A problem with field-level <c>errors</c> and a status other than 400 (413, 415, 422).</summary>
    public static ProblemHttpResult Fields(int status, string title, IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Status = status, Title = title });
}
