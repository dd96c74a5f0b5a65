using Azora.Web.Api;
using Azora.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Azora.Web.Learning;

/// <summary>
/// The two things a page's script or link asks of the portal directly, as the signed-in learner: autosave of an
/// attempt's answers (from the quiz page's script, with the form's antiforgery token) and the download of a credential.
/// </summary>
internal static class LearnerEndpoints
{
    public static void MapLearnerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/attempts/{id:guid}/autosave", AutosaveAsync)
            .RequireAuthorization(PortalPolicies.Learner).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapGet("/wallet/{id:guid}/download", DownloadAsync)
            .RequireAuthorization(PortalPolicies.Learner).ExcludeFromDescription();
    }

    private static async Task<IResult> AutosaveAsync(Guid id, HttpContext http, IAntiforgery antiforgery, GatewayClient api)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.Json(new { message = "This page has expired; reload it to keep answering." }, statusCode: StatusCodes.Status400BadRequest);
        }
        var attempt = await api.GetAsync<Attempt>($"/azora-assessment/api/attempts/{id}");
        if (attempt.Value is not { IsOpen: true } open)
        {
            return Results.Json(new { message = attempt.Problem?.Message ?? "This attempt is closed; your answers can no longer change." },
                statusCode: attempt.Problem?.Status ?? StatusCodes.Status409Conflict);
        }
        var (answers, errors) = AnswerForm.Read(await http.Request.ReadFormAsync(), open.Questions);
        if (errors.Count > 0)
        {
            return Results.Json(new { message = string.Join(" ", errors.OrderBy(e => e.Key).Select(e => $"Question {e.Key}: {e.Value}")) },
                statusCode: StatusCodes.Status400BadRequest);
        }
        if (answers.Count == 0)
        {
            return Results.Json(new { saved = 0 });
        }
        var stored = await api.PutAsync<Attempt>($"/azora-assessment/api/attempts/{id}/answers", new { answers });
        return stored.Succeeded
            ? Results.Json(new { saved = answers.Count })
            : Results.Json(new { message = stored.Problem!.Message }, statusCode: stored.Problem.Status);
    }

    private static async Task<IResult> DownloadAsync(Guid id, string? format, GatewayClient api)
    {
        var jwt = format == "jwt";
        var file = await api.GetTextAsync($"/azora-credentials/api/wallet/{id}/download?format={(jwt ? "jwt" : "json")}",
            jwt ? "application/vc+jwt" : "application/vc+ld+json");
        if (file.Value is null)
        {
            return Results.Text(file.Problem!.Message, "text/plain; charset=utf-8", statusCode: file.Problem.Status);
        }
        return Results.File(System.Text.Encoding.UTF8.GetBytes(file.Value), jwt ? "application/vc+jwt" : "application/vc+ld+json",
            $"credential-{id:D}.{(jwt ? "jwt" : "json")}");
    }
}
