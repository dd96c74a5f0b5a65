using System.ComponentModel.DataAnnotations;
using Azora.Contracts;
using Azora.Contracts.UserService;
using Azora.UserService.Accounts;
using Azora.UserService.Data;
using Azora.UserService.Domain;
using Azora.UserService.Features.Profile;
using Azora.UserService.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.UserService.Features.Registration;

internal sealed record RegisterAccountRequest(
    [Required, EmailAddress, StringLength(OutboundEmail.AddressMaxLength)] string Email,
    [Required, StringLength(PasswordRules.MaximumLength)] string Password,
    [Required, StringLength(Account.DisplayNameMaxLength, MinimumLength = 1)] string DisplayName);

/// <summary>Anyone may open a learner account; it must verify its email address before it can sign in.</summary>
internal static class RegisterAccount
{
    public static void Map(IEndpointRouteBuilder accounts) =>
        accounts.MapPost("/", HandleAsync)
            .AllowAnonymous()
            .WithName("RegisterAccount")
            .WithSummary("Open a learner account and send the email verification message.");

    private static async Task<Results<Created<AccountProfile>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        RegisterAccountRequest request,
        UserManager<Account> users,
        VerificationEmail verification,
        AccountEventOutbox events,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var account = new Account
        {
            Id = id,
            UserName = id.ToString("N"),
            Email = request.Email.Trim(),
            DisplayName = request.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };

        await using var change = await events.BeginChangeAsync(cancellationToken);
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(account, request.Password);
        }
        catch (DbUpdateException)
        {
            // Another registration took the address between Identity's check and our insert (unique index).
            return EmailTaken();
        }
        if (!created.Succeeded)
        {
            return AccountProblems.IsDuplicateEmail(created) ? EmailTaken() : AccountProblems.From(created);
        }
        var joined = await users.AddToRoleAsync(account, Roles.Learner);
        if (!joined.Succeeded)
        {
            throw new InvalidOperationException("The learner role is missing: " + string.Join("; ", joined.Errors.Select(e => e.Code)));
        }
        await verification.SendAsync(account);
        await events.CommitAsync(new AccountRegistered(account.Id, account.Email, account.CreatedAt), cancellationToken);

        return TypedResults.Created("/api/accounts/me", await AccountProfile.OfAsync(users, account));
    }

    private static ProblemHttpResult EmailTaken() =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "An account with this email address already exists.");
}
