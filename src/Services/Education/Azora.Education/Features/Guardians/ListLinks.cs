using System.Security.Claims;
using Azora.Education.Data;
using Azora.ServiceDefaults.Paging;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Education.Features.Guardians;

internal sealed record GuardianLinkPage(IReadOnlyList<GuardianLinkResponse> Items, string? NextCursor);

/// <summary>The caller's guardian links on either side, invitations waiting for them included, newest first.</summary>
internal static class ListLinks
{
    public static void Map(IEndpointRouteBuilder links) =>
        links.MapGet("/", HandleAsync)
            .WithName("ListGuardianLinks")
            .WithSummary("List your guardian links (as guardian or learner), including invitations waiting for your answer, newest first.");

    private static async Task<Results<Ok<GuardianLinkPage>, ValidationProblem, ForbidHttpResult>> HandleAsync(
        string? limit,
        string? cursor,
        ClaimsPrincipal caller,
        EducationDbContext db,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var accountId))
        {
            return TypedResults.Forbid();
        }
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Read(limit, cursor, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var query = db.GuardianLinks.AsNoTracking().Where(l => l.GuardianId == accountId || l.LearnerId == accountId);
        if (page.After is { } after)
        {
            query = query.Where(l => l.Id.CompareTo(after) < 0);
        }
        var links = await query.OrderByDescending(l => l.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        var items = links.Take(page.Limit).Select(GuardianLinkResponse.From).ToList();
        var next = links.Count > page.Limit ? PageQuery.CursorOf(items[^1].Id) : null;
        return TypedResults.Ok(new GuardianLinkPage(items, next));
    }
}
