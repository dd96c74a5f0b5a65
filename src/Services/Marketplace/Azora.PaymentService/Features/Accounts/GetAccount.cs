using Azora.PaymentService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Features.Accounts;

internal static class GetAccount
{
    public static void Map(IEndpointRouteBuilder accounts) =>
        accounts.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetAccount")
            .WithSummary("One account and its current balance.");

    private static async Task<Results<Ok<AccountResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, PaymentDbContext db, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return account is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The account does not exist.")
            : TypedResults.Ok(AccountResponse.From(account));
    }
}
