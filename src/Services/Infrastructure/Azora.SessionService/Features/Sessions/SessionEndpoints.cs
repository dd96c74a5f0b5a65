using System.Security.Claims;
using Azora.ServiceDefaults.Paging;
using Azora.ServiceDefaults.Security;
using Azora.SessionService.Domain;
using Azora.SessionService.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Azora.SessionService.Features.Sessions;

/// <summary>
/// <c>/api/sessions</c>: the signed-in person lists their sessions, ends one, or ends all but the current one.
/// Another person's session is answered with 404, exactly like one that does not exist.
/// </summary>
internal static class SessionEndpoints
{
    public static void MapSessionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var sessions = endpoints.MapGroup("/api/sessions").WithTags("Sessions").RequireAuthorization().AddEndpointFilter<LiveTokenFilter>();

        sessions.MapGet("/", async Task<IResult> (string? limit, string? cursor, ClaimsPrincipal user, UserSessions store, CancellationToken cancellationToken) =>
            {
                var errors = new Dictionary<string, string[]>();
                var size = PageQuery.ReadLimit(limit, errors);
                if (!SessionCursor.TryDecode(cursor, out var after))
                {
                    errors["cursor"] = ["The cursor is not one this API returned."];
                }
                return errors.Count > 0
                    ? TypedResults.ValidationProblem(errors)
                    : TypedResults.Ok(await store.ListAsync(SubjectOf(user), CurrentSessionOf(user), size, after, cancellationToken));
            })
            .WithSummary("Lists the caller's active sessions, newest first (cursor pagination: limit, cursor).")
            .Produces<SessionPage>()
            .ProducesValidationProblem();

        sessions.MapDelete("/{id}", async Task<IResult> (string id, ClaimsPrincipal user, UserSessions store, CancellationToken cancellationToken) =>
                await store.RevokeAsync(SubjectOf(user), id, cancellationToken)
                    ? TypedResults.NoContent()
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such session."))
            .WithSummary("Signs out of one session: its refresh and access tokens are revoked.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        sessions.MapPost("/revoke-others", async (ClaimsPrincipal user, UserSessions store, CancellationToken cancellationToken) =>
                TypedResults.Ok(new RevokedSessions(await store.RevokeOthersAsync(SubjectOf(user), CurrentSessionOf(user), cancellationToken))))
            .WithSummary("Signs out of every session except the one this request comes from.");
    }

    private static string SubjectOf(ClaimsPrincipal user) =>
        user.FindFirst(AuthenticationDefaults.SubjectClaim)?.Value ?? throw new InvalidOperationException("An authenticated caller has a subject.");

    private static string? CurrentSessionOf(ClaimsPrincipal user) => user.FindFirst(Claims.Private.AuthorizationId)?.Value;
}
