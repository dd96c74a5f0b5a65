using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Azora.ServiceDefaults.Errors;

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, a wrong type, a missing required field, a body too large)
/// into a 4xx problem whose <c>errors</c> name the field.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var status = badRequest.StatusCode;
        ProblemDetails problem;
        if (FindJsonException(badRequest) is { } json)
        {
            problem = new HttpValidationProblemDetails(ErrorsOf(json))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body is not valid for this endpoint.",
            };
            status = StatusCodes.Status400BadRequest;
        }
        else
        {
            problem = new ProblemDetails
            {
                Status = status,
                Title = status == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request is malformed.",
                Detail = badRequest.Message,
            };
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static JsonException? FindJsonException(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException json)
            {
                return json;
            }
        }
        return null;
    }

    private const string MissingMarker = "missing required properties including: ";

    /// <summary>Field-level errors in the client's terms; the serializer's own messages name CLR types.</summary>
    internal static Dictionary<string, string[]> ErrorsOf(JsonException exception)
    {
        var message = exception.Message;
        var missing = message.IndexOf(MissingMarker, StringComparison.Ordinal);
        if (missing >= 0)
        {
            var names = message[(missing + MissingMarker.Length)..].TrimEnd('.')
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(name => name.Trim('\''));
            return names.ToDictionary(name => name, name => new[] { $"The {name} field is required." });
        }

        var field = ProblemDetailsDefaults.FieldOf(exception);
        var text = field == "$"
            ? "The body is not well-formed JSON."
            : message.Contains("null", StringComparison.Ordinal) && message.Contains("non-nullable", StringComparison.OrdinalIgnoreCase)
                ? $"The {field} field must not be null."
                : $"The {field} field has the wrong type or is not well-formed.";
        return new Dictionary<string, string[]> { [field] = [text] };
    }
}
