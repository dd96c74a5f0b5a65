using System.Security.Claims;
using System.Text;
using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Azora.Assessment.Features.Questions;
using Azora.Assessment.Qti;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Assessment.Features.Qti;

/// <summary>
/// An instructor imports one QTI 3.0 assessment item (choice, text-entry, match or order interaction) into their bank as
/// a new question, optionally filed under tags (<c>?tags=a,b</c>).
/// </summary>
internal static class ImportQti
{
    public static void Map(IEndpointRouteBuilder questions) =>
        questions.MapPost("/qti", HandleAsync)
            .WithName("ImportQuestionQti")
            .WithSummary("Import a QTI 3.0 assessment item (application/xml body) as a new question in your bank.")
            .Accepts<string>("application/xml", "text/xml");

    private static async Task<Results<Created<QuestionResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        HttpRequest http,
        string? tags,
        ClaimsPrincipal caller,
        AssessmentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var ownerId))
        {
            return TypedResults.Forbid();
        }
        if (http.ContentType is not { } contentType || !(contentType.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("text/xml", StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the item as application/xml.");
        }
        var xml = await ReadLimitedAsync(http, cancellationToken);
        if (xml is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
                title: $"An item has at most {QtiItemReader.MaxDocumentCharacters} characters.");
        }
        var request = QtiItemReader.Read(xml, out var problem);
        if (request is null)
        {
            return AssessmentProblems.Field("xml", problem!);
        }
        var errors = new FieldErrors();
        var tagList = tags?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (tagList.Length > Question.MaxTags)
        {
            errors.Add("tags", $"At most {Question.MaxTags} tags.");
        }
        if (request.Text.Length > QuestionVersion.TextMaxLength)
        {
            errors.Add("text", $"The text has at most {QuestionVersion.TextMaxLength} characters.");
        }
        var content = errors.Any ? null : QuestionContentReader.Read(request with { Tags = tagList }, errors);
        if (content is null)
        {
            return AssessmentProblems.Fields(errors);
        }

        var question = Question.Create(ownerId, content, clock.GetUtcNow());
        db.Questions.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/questions/{question.Id}", QuestionResponse.From(question, question.Latest));
    }

    /// <summary>The body as text, or null when it is longer than an item may be.</summary>
    private static async Task<string?> ReadLimitedAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(http.Body, Encoding.UTF8);
        var buffer = new char[QtiItemReader.MaxDocumentCharacters + 1];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await reader.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += chunk;
        }
        return read > QtiItemReader.MaxDocumentCharacters ? null : new string(buffer, 0, read);
    }
}
