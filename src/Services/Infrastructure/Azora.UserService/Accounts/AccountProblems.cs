using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Azora.UserService.Accounts;

/// <summary>The problem responses account endpoints share, with fields named as the client sent them.</summary>
internal static class AccountProblems
{
    public static ProblemHttpResult NoAccount() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The account does not exist.");

    public static ValidationProblem Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>Identity's errors, each under the request field it is about.</summary>
    public static ValidationProblem From(IdentityResult result) =>
        TypedResults.ValidationProblem(result.Errors
            .GroupBy(error => FieldOf(error.Code))
            .ToDictionary(group => group.Key, group => group.Select(error => error.Description).ToArray()));

    public static bool IsDuplicateEmail(IdentityResult result) =>
        result.Errors.Any(error => error.Code == nameof(IdentityErrorDescriber.DuplicateEmail));

    private static string FieldOf(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => "password",
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.DuplicateEmail) => "email",
        nameof(IdentityErrorDescriber.InvalidToken) => "token",
        _ => "account",
    };
}
