using Azora.ServiceDefaults.Persistence;
using System.Security.Claims;
using Azora.Content.Data;
using Azora.Content.Domain;
using Azora.Content.Features.Items;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Content.Features.Versions;

/// <summary>Moving a version through review: the author submits a draft, and the reviewer may send it back to draft.</summary>
internal static class ReviewVersion
{
    public static void Map(IEndpointRouteBuilder items)
    {
        items.MapPost("/{id:guid}/versions/{number:int}/submit", SubmitAsync)
            .WithName("SubmitVersion")
            .WithSummary("Send a draft version for review.");
        items.MapPost("/{id:guid}/versions/{number:int}/return", ReturnAsync)
            .WithName("ReturnVersion")
            .WithSummary("Send a version in review back to draft without publishing it.");
    }

    private static Task<Results<Ok<VersionSummary>, ProblemHttpResult, ForbidHttpResult>> SubmitAsync(
        Guid id, int number, ClaimsPrincipal caller, ContentDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, number, caller, db, (item, version) => item.Submit(version, clock.GetUtcNow()), cancellationToken);

    private static Task<Results<Ok<VersionSummary>, ProblemHttpResult, ForbidHttpResult>> ReturnAsync(
        Guid id, int number, ClaimsPrincipal caller, ContentDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, number, caller, db, (item, version) => item.ReturnToDraft(version, clock.GetUtcNow()), cancellationToken);

    private static async Task<Results<Ok<VersionSummary>, ProblemHttpResult, ForbidHttpResult>> ChangeAsync(
        Guid id,
        int number,
        ClaimsPrincipal caller,
        ContentDbContext db,
        Func<ContentItem, ContentVersion, string?> change,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var callerId))
        {
            return TypedResults.Forbid();
        }
        var item = await ItemAccess.FindAuthoredAsync(db, caller, callerId, id, cancellationToken);
        if (item is null)
        {
            return ContentProblems.NoItem();
        }
        if (item.Version(number) is not { } version)
        {
            return ContentProblems.NoVersion(number);
        }
        if (change(item, version) is { } refusal)
        {
            return ContentProblems.Conflict(refusal);
        }
        return await db.TrySaveAsync(cancellationToken) ? TypedResults.Ok(VersionSummary.From(version)) : ContentProblems.ChangedMeanwhile();
    }
}
