using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Azora.Credentials.Features;

/// <summary>The problem responses azora-credentials gives (RFC 9457).</summary>
internal static class CredentialProblems
{
    public static ProblemHttpResult NoCredential() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such credential.");

    public static ProblemHttpResult NoShareLink() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such share link, or it has expired or been revoked.");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The credential's status does not allow that.", detail: detail);

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
