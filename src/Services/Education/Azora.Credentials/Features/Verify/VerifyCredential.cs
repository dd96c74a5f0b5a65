using System.Text.Json;
using System.Text.Json.Nodes;
using Azora.Credentials.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Credentials.Features.Verify;

/// <summary>
/// Public verification: <c>{"credential": {...}}</c> or the credential itself (Data Integrity), or <c>{"jwt": "..."}</c>
/// or <c>{"credential": "ey..."}</c> (VC-JWT). The answer
/// names every check and its result; a changed credential is invalid with the failing check named. What is not a
/// credential at all (malformed JSON-LD, unknown contexts, wrong key types) is a 400 naming the field.
/// </summary>
internal static class VerifyCredential
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/verify", HandleAsync)
            .AllowAnonymous()
            .WithTags("Verification")
            .WithName("VerifyCredential")
            .WithSummary("Public: verify a credential (Data Integrity JSON or VC-JWT): proof, issuer key, status, validity dates and audit-log inclusion.");

    private static async Task<Results<Ok<VerificationResponse>, ValidationProblem>> HandleAsync(
        JsonElement body, CredentialVerifier verifier, CancellationToken cancellationToken)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return CredentialProblems.Invalid(PresentedCredential.Field, "Send {\"credential\": {...}} or {\"jwt\": \"...\"}.");
        }

        (VerificationReport? Report, string? Error) outcome;
        string field;
        if (body.TryGetProperty("jwt", out var jwt))
        {
            field = "jwt";
            outcome = jwt.ValueKind == JsonValueKind.String
                ? await PresentedCredential.RunAsync(() => verifier.VerifyJwtAsync(jwt.GetString()!, cancellationToken))
                : (null, "The jwt must be a string.");
        }
        else if (body.TryGetProperty("credential", out var credential))
        {
            field = PresentedCredential.Field;
            outcome = credential.ValueKind switch
            {
                JsonValueKind.Object => await PresentedCredential.RunAsync(() => verifier.VerifyAsync(JsonObject.Create(credential)!, cancellationToken)),
                JsonValueKind.String => await PresentedCredential.VerifyTextAsync(verifier, credential.GetString(), cancellationToken),
                _ => (null, "The credential must be a JSON object with a proof, or a VC-JWT string."),
            };
        }
        else if (body.TryGetProperty("@context", out _))
        {
            field = PresentedCredential.Field;
            outcome = await PresentedCredential.RunAsync(() => verifier.VerifyAsync(JsonObject.Create(body)!, cancellationToken));
        }
        else
        {
            return CredentialProblems.Invalid(PresentedCredential.Field, "Send {\"credential\": {...}} or {\"jwt\": \"...\"}.");
        }

        return outcome.Report is { } report
            ? TypedResults.Ok(VerificationResponse.From(report))
            : CredentialProblems.Invalid(field, outcome.Error!);
    }
}
