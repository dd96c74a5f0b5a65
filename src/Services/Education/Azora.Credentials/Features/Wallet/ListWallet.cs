using System.Security.Claims;
using Azora.Credentials.Data;
using Azora.ServiceDefaults.Paging;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Credentials.Features.Wallet;

/// <summary>The signed-in learner's credentials, newest first, each with its signed JSON and JWT.</summary>
internal static class ListWallet
{
    public static void Map(IEndpointRouteBuilder wallet) =>
        wallet.MapGet("/", HandleAsync)
            .WithName("ListWallet")
            .WithSummary("List my credentials, newest first, each with the full signed credential and its VC-JWT (cursor paging).");

    private static async Task<Results<Ok<WalletPage>, ValidationProblem, ForbidHttpResult>> HandleAsync(
        string? limit, string? cursor, ClaimsPrincipal caller, CredentialsDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var learnerId))
        {
            return TypedResults.Forbid();
        }

        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Read(limit, cursor, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // Version 7 ids grow with time: ordering by id is ordering by issuance, and the id is a stable keyset cursor.
        var query = db.Credentials.AsNoTracking().Where(c => c.LearnerId == learnerId);
        if (page.After is { } after)
        {
            query = query.Where(c => c.Id.CompareTo(after) < 0);
        }

        var credentials = await query.OrderByDescending(c => c.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        var items = credentials.Take(page.Limit).Select(WalletCredentialResponse.From).ToList();
        var next = credentials.Count > page.Limit ? PageQuery.CursorOf(items[^1].Id) : null;
        return TypedResults.Ok(new WalletPage(items, next));
    }
}
