using System.ComponentModel.DataAnnotations;
using Azora.UserService.Accounts;
using Azora.UserService.Data;
using Azora.UserService.Domain;
using Azora.UserService.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Azora.UserService.Features.EmailVerification;

internal sealed record VerifyEmailRequest(
    [Required, EmailAddress, StringLength(OutboundEmail.AddressMaxLength)] string Email,
    [Required, StringLength(VerifyEmail.TokenMaxLength)] string Token);

/// <summary>Confirms an email address with the token from the verification message. Each token works once.</summary>
internal static class VerifyEmail
{
    public const int TokenMaxLength = 200;

    public static void Map(IEndpointRouteBuilder accounts) =>
        accounts.MapPost("/verify-email", HandleAsync)
            .AllowAnonymous()
            .WithName("VerifyEmail")
            .WithSummary("Confirm an email address with the token from the verification message.");

    private static async Task<Results<NoContent, ValidationProblem>> HandleAsync(VerifyEmailRequest request, UserManager<Account> users)
    {
        // One answer for an unknown address and a wrong token, so the endpoint does not reveal who has an account.
        var invalid = AccountProblems.Field("token", "The verification token is not valid or has expired.");
        var account = await users.FindByEmailAsync(request.Email.Trim());
        if (account is null || account.IsDeleted)
        {
            return invalid;
        }
        var confirmed = await users.ConfirmEmailAsync(account, request.Token);
        if (!confirmed.Succeeded)
        {
            return invalid;
        }
        await EmailVerificationTokenProvider.ForgetAsync(users, account, AccountIdentity.EmailVerificationPurpose);
        return TypedResults.NoContent();
    }
}
