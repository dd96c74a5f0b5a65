using System.ComponentModel.DataAnnotations;
using Azora.UserService.Data;
using Azora.UserService.Domain;
using Azora.UserService.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.UserService.Features.EmailVerification;

internal sealed record ResendVerificationEmailRequest(
    [Required, EmailAddress, StringLength(OutboundEmail.AddressMaxLength)] string Email);

/// <summary>
/// Sends a fresh verification message (the previous token stops working). Always 202, so that the endpoint does not
/// reveal which addresses have unverified accounts; at most one message a minute goes to an address.
/// </summary>
internal static class ResendVerificationEmail
{
    public static readonly TimeSpan Cooldown = TimeSpan.FromMinutes(1);

    public static void Map(IEndpointRouteBuilder accounts) =>
        accounts.MapPost("/verify-email/resend", HandleAsync)
            .AllowAnonymous()
            .WithName("ResendVerificationEmail")
            .WithSummary("Send a new email verification message to an unverified account.");

    private static async Task<Accepted> HandleAsync(
        ResendVerificationEmailRequest request,
        UserManager<Account> users,
        UserDbContext db,
        VerificationEmail verification,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var account = await users.FindByEmailAsync(request.Email.Trim());
        if (account is { IsDeleted: false, EmailConfirmed: false, Email: { } email })
        {
            // Compared in memory: SQLite cannot compare DateTimeOffset values, and one address has few messages.
            var sent = await db.OutboundEmails
                .Where(e => e.To == email && e.Subject == VerificationEmail.Subject)
                .Select(e => e.SentAt)
                .ToListAsync(cancellationToken);
            if (!sent.Any(at => at > clock.GetUtcNow() - Cooldown))
            {
                await verification.SendAsync(account);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        return TypedResults.Accepted((string?)null);
    }
}
