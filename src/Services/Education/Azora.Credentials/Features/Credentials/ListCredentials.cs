using Azora.Credentials.Data;
using Azora.Credentials.Features.Wallet;
using Azora.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Credentials.Features.Credentials;

/// <summary>The issuer's view: every credential issued (optionally one learner's), newest first, to find one to revoke.</summary>
internal static class ListCredentials
{
    public static void Map(IEndpointRouteBuilder credentials)
    {
        credentials.MapGet("/", ListAsync)
            .WithName("ListCredentials")
            .WithSummary("List issued credentials, newest first, optionally for one learner (learnerId), with cursor paging.");
        credentials.MapGet("/{id:guid}", GetAsync)
            .WithName("GetCredential")
            .WithSummary("Read one issued credential with its state.");
    }

    private static async Task<Results<Ok<WalletPage>, ValidationProblem>> ListAsync(
        Guid? learnerId, string? limit, string? cursor, CredentialsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var page = PageRequest.Read(limit, cursor, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Credentials.AsNoTracking();
        if (learnerId is { } learner)
        {
            query = query.Where(c => c.LearnerId == learner);
        }

        if (page.After is { } after)
        {
            query = query.Where(c => c.Id.CompareTo(after) < 0);
        }

        var credentials = await query.OrderByDescending(c => c.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        var items = credentials.Take(page.Limit).Select(WalletCredentialResponse.From).ToList();
        var next = credentials.Count > page.Limit ? PageQuery.CursorOf(items[^1].Id) : null;
        return TypedResults.Ok(new WalletPage(items, next));
    }

    private static async Task<Results<Ok<WalletCredentialResponse>, ProblemHttpResult>> GetAsync(
        Guid id, CredentialsDbContext db, CancellationToken cancellationToken)
    {
        var credential = await db.Credentials.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return credential is null ? CredentialProblems.NoCredential() : TypedResults.Ok(WalletCredentialResponse.From(credential));
    }
}
