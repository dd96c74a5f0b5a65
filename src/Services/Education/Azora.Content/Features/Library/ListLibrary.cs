using Azora.Content.Data;
using Azora.Content.Domain;
using Azora.Content.Features.Items;
using Azora.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Content.Features.Library;

/// <summary>The shared library: every published component, any author's, for instructors to include in their lessons.</summary>
internal static class ListLibrary
{
    public static void Map(IEndpointRouteBuilder library) =>
        library.MapGet("/", HandleAsync)
            .WithName("ListLibrary")
            .WithSummary("List published library components, newest first, filtered by ?tag=, with cursor pagination.");

    private static async Task<Results<Ok<ItemPage>, ValidationProblem>> HandleAsync(
        string? tag, string? limit, string? cursor, ContentDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Items.AsNoTracking().Where(i => i.Kind == ContentKind.Component && i.PublishedVersion != null);
        var errors = ItemFilters.Apply(ref query, tag, kind: null);
        var page = PageRequest.Read(limit, cursor, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        return TypedResults.Ok(await ItemFilters.PageAsync(query, page, cancellationToken));
    }
}
