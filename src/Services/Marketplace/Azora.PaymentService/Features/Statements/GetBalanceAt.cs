using System.Globalization;
using Azora.PaymentService.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Features.Statements;

internal sealed record BalanceResponse(Guid AccountId, string Currency, DateTimeOffset At, long Balance);

/// <summary>An account's balance at any instant, summed from the transfers written up to and including it.</summary>
internal static class GetBalanceAt
{
    public static void Map(IEndpointRouteBuilder accounts) =>
        accounts.MapGet("/{id:guid}/balance", HandleAsync)
            .WithName("GetBalanceAt")
            .WithSummary("The account's balance at ?at= (an ISO 8601 instant; now when absent), from its transfers.");

    private static async Task<Results<Ok<BalanceResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, string? at, PaymentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var instant = clock.GetUtcNow();
        if (at is not null)
        {
            if (!DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["at"] = ["An ISO 8601 instant, e.g. 2026-01-15T09:30:00Z."] });
            }
            instant = instant.ToUniversalTime();
        }
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The account does not exist.");
        }
        var balance = await Ledgers.BalanceAsync(db, id, t => t.CreatedAt <= instant, cancellationToken);
        return TypedResults.Ok(new BalanceResponse(id, account.Currency, instant, balance));
    }
}
