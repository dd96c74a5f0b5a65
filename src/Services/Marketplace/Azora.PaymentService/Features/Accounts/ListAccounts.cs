using Azora.PaymentService.Data;
using Azora.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Features.Accounts;

internal static class ListAccounts
{
    public static void Map(IEndpointRouteBuilder accounts) =>
        accounts.MapGet("/", HandleAsync)
            .WithName("ListAccounts")
            .WithSummary("Accounts in the order they were opened, optionally only one owner's, with cursor pagination.");

    private static async Task<Results<Ok<Page<AccountResponse>>, ValidationProblem>> HandleAsync(
        string? ownerId, string? limit, string? cursor, PaymentDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var page = PageRequest.Read(limit, cursor, errors);
        Guid? owner = null;
        if (ownerId is not null)
        {
            if (Guid.TryParse(ownerId, out var parsed))
            {
                owner = parsed;
            }
            else
            {
                errors["ownerId"] = ["An owner id is a GUID."];
            }
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Accounts.AsNoTracking();
        if (owner is { } o)
        {
            query = query.Where(a => a.OwnerId == o);
        }
        if (page.After is { } after)
        {
            query = query.Where(a => a.Id.CompareTo(after) > 0);
        }
        var accounts = await query.OrderBy(a => a.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        var items = accounts.Take(page.Limit).Select(AccountResponse.From).ToList();
        var next = accounts.Count > page.Limit ? PageQuery.CursorOf(items[^1].Id) : null;
        return TypedResults.Ok(new Page<AccountResponse>(items, next));
    }
}
