using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Azora.Assessment.Features;

/// <summary>The problem responses azora-assessment's endpoints share, with fields named as the client sent them.</summary>
internal static class AssessmentProblems
{
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"The {what} does not exist.");

    public static ProblemHttpResult Conflict(string title, string? detail = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    public static ProblemHttpResult ChangedMeanwhile() =>
        Conflict("The resource changed while this request ran; read it again and retry.");

    public static ValidationProblem Field(string field, params string[] messages) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = messages });

    public static ValidationProblem Fields(FieldErrors errors) => TypedResults.ValidationProblem(errors.ToDictionary());

    /// <summary>A problem with field-level <c>errors</c> and a status other than 400 (422 for a well-formed but unusable request).</summary>
    public static ProblemHttpResult Unprocessable(string title, FieldErrors errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary()) { Status = StatusCodes.Status422UnprocessableEntity, Title = title });
}

/// <summary>Field errors gathered while checking a request, keyed by the field's JSON path (<c>choices[1].text</c>).</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
