using System.ComponentModel.DataAnnotations;
using Azora.UserService.Accounts;
using Azora.UserService.Data;
using Azora.UserService.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.UserService.Features.Deletion;

internal sealed record DeleteMyAccountRequest([Required, StringLength(PasswordRules.MaximumLength)] string Password);

/// <summary>
/// The owner deletes their account, confirming with their password. Personal data, roles, keys and mail are removed;
/// what remains is an anonymous tombstone under the same id, which can never sign in.
/// </summary>
internal static class DeleteMyAccount
{
    public static void Map(IEndpointRouteBuilder me) =>
        me.MapDelete("/", HandleAsync)
            .WithName("DeleteMyAccount")
            .WithSummary("Delete the signed-in account (its password confirms the request).");

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> HandleAsync(
        [FromBody] DeleteMyAccountRequest request,
        HttpContext http,
        UserManager<Account> users,
        UserDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var account = await CurrentAccount.FindAsync(users, http.User);
        if (account is null)
        {
            return AccountProblems.NoAccount();
        }
        if (await users.IsLockedOutAsync(account))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status423Locked, title: "The account is locked after too many wrong passwords.");
        }
        if (!await users.CheckPasswordAsync(account, request.Password))
        {
            await users.AccessFailedAsync(account);
            return AccountProblems.Field("password", "The password is not correct.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var address = account.Email;
        await db.UserRoles.Where(r => r.UserId == account.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == account.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == account.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == account.Id).ExecuteDeleteAsync(cancellationToken);
        await db.OutboundEmails.Where(e => e.To == address).ExecuteDeleteAsync(cancellationToken);
        account.Anonymise(clock.GetUtcNow());
        // Saved directly: Identity's validators would rightly refuse an account without an email address.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
