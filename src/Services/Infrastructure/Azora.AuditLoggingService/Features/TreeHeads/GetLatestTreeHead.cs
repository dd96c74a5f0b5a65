using Azora.AuditLoggingService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.AuditLoggingService.Features.TreeHeads;

internal static class GetLatestTreeHead
{
    public static void Map(IEndpointRouteBuilder treeHeads) =>
        treeHeads.MapGet("/latest", HandleAsync)
            .WithName("GetLatestTreeHead")
            .WithSummary("The most recently signed tree head.");

    private static async Task<Results<Ok<TreeHeadResponse>, ProblemHttpResult>> HandleAsync(AuditDbContext db, CancellationToken cancellationToken)
    {
        var latest = await db.TreeHeads.AsNoTracking().OrderByDescending(h => h.Id).FirstOrDefaultAsync(cancellationToken);
        return latest is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No tree head has been signed yet.")
            : TypedResults.Ok(TreeHeadResponse.From(latest));
    }
}
