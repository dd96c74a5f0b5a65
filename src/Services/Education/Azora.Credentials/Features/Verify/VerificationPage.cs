using System.Net;
using System.Text;
using Azora.Credentials.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Azora.Credentials.Features.Verify;

/// <summary>
/// The public verification page: a form to paste a credential (JSON or VC-JWT) and, after posting it, the verdict
/// with every check. Server-rendered HTML, no script.
/// </summary>
internal static class VerificationPage
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/verify", () => Page(null, null, null))
            .AllowAnonymous()
            .WithTags("Verification")
            .WithName("VerificationPage")
            .WithSummary("Public: the verification page (an HTML form).");
        endpoints.MapPost("/verify", VerifyAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithTags("Verification")
            .WithName("VerificationPageResult")
            .WithSummary("Public: verify the credential posted from the page's form and show every check (HTML).");
    }

    private static async Task<IResult> VerifyAsync(HttpRequest request, CredentialVerifier verifier, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Page(null, null, "Post the form (application/x-www-form-urlencoded).", StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var text = form[PresentedCredential.Field].ToString();
        var (report, error) = await PresentedCredential.VerifyTextAsync(verifier, text, cancellationToken);
        return Page(text, report, error, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static IResult Page(string? input, VerificationReport? report, string? error, int status = StatusCodes.Status200OK)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Verify an Azora credential</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}textarea{width:100%;height:14rem;font-family:monospace}")
            .Append("td,th{padding:.3rem .6rem;text-align:left;vertical-align:top}.passed{color:#166534}.failed{color:#b91c1c}.unavailable{color:#92400e}</style></head><body>")
            .Append("<h1>Verify a credential</h1><p>Paste an Azora credential: the JSON with its proof, or its VC-JWT.</p>")
            .Append("<form method=\"post\" action=\"verify\"><label for=\"credential\">Credential</label><br>")
            .Append("<textarea id=\"credential\" name=\"credential\" required>").Append(WebUtility.HtmlEncode(input ?? "")).Append("</textarea><br>")
            .Append("<button type=\"submit\">Verify</button></form>");
        if (error is not null)
        {
            html.Append("<h2 class=\"failed\">Not a credential</h2><p role=\"alert\">").Append(WebUtility.HtmlEncode(error)).Append("</p>");
        }

        if (report is not null)
        {
            html.Append(report.Valid ? "<h2 class=\"passed\">Valid</h2>" : "<h2 class=\"failed\">Invalid</h2>")
                .Append("<p>Format: ").Append(WebUtility.HtmlEncode(report.Format))
                .Append(report.CredentialId is null ? "" : " &middot; " + WebUtility.HtmlEncode(report.CredentialId)).Append("</p>")
                .Append("<table><thead><tr><th>Check</th><th>Result</th><th>Detail</th></tr></thead><tbody>");
            foreach (var check in report.Checks)
            {
                var result = check.Status.ToString().ToLowerInvariant();
                html.Append("<tr><td>").Append(WebUtility.HtmlEncode(check.Name)).Append("</td><td class=\"").Append(result).Append("\">")
                    .Append(result).Append("</td><td>").Append(WebUtility.HtmlEncode(check.Detail)).Append("</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
