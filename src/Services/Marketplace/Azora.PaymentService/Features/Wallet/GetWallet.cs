using System.Security.Claims;
using Azora.PaymentService.Data;
using Azora.PaymentService.Features.Accounts;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Features.Wallet;

internal sealed record WalletResponse(IReadOnlyList<AccountResponse> Accounts);

/// <summary>The signed-in user's own accounts and balances; nobody else's ever appear.</summary>
internal static class GetWallet
{
    public static void Map(IEndpointRouteBuilder wallet) =>
        wallet.MapGet("/", HandleAsync)
            .WithName("GetWallet")
            .WithSummary("The signed-in user's accounts and their balances.");

    private static async Task<Results<Ok<WalletResponse>, ForbidHttpResult>> HandleAsync(
        ClaimsPrincipal caller, PaymentDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var ownerId))
        {
            return TypedResults.Forbid();
        }
        var accounts = await db.Accounts.AsNoTracking().Where(a => a.OwnerId == ownerId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(new WalletResponse(accounts.Select(AccountResponse.From).ToList()));
    }
}
