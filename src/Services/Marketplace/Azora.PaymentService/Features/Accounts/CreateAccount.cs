using System.ComponentModel.DataAnnotations;
using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Features.Accounts;

/// <param name="Guarded">Whether the account may never go negative; wallets and escrow are guarded unless told otherwise.</param>
internal sealed record CreateAccountRequest(
    [Required] Guid? OwnerId,
    [Required] string? Currency,
    [Required] string? Kind,
    bool? Guarded = null);

/// <summary>Opens an account for an owner in a currency; an owner has at most one account of each kind per currency.</summary>
internal static class CreateAccount
{
    public static void Map(IEndpointRouteBuilder accounts) =>
        accounts.MapPost("/", HandleAsync)
            .WithName("CreateAccount")
            .WithSummary("Open an account for an owner, of a kind, in an ISO 4217 currency or AZR.");

    private static async Task<Results<Created<AccountResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        CreateAccountRequest request, PaymentDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!Currencies.IsKnown(request.Currency))
        {
            errors["currency"] = ["An ISO 4217 currency code in capitals, such as ZAR or USD, or AZR."];
        }
        if (!AccountKinds.TryParse(request.Kind, out var kind))
        {
            errors["kind"] = [$"One of: {string.Join(", ", AccountKinds.Names)}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var ownerId = request.OwnerId!.Value;
        var currency = request.Currency!;
        if (await db.Accounts.AnyAsync(a => a.OwnerId == ownerId && a.Kind == kind && a.Currency == currency, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "The owner already has an account of this kind in this currency.");
        }
        var guarded = request.Guarded ?? kind is AccountKind.Wallet or AccountKind.Escrow;
        var account = Account.Open(ownerId, currency, kind, guarded, clock.GetUtcNow());
        db.Accounts.Add(account);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "The owner already has an account of this kind in this currency.");
        }
        return TypedResults.Created($"/api/ledger/accounts/{account.Id}", AccountResponse.From(account));
    }
}
