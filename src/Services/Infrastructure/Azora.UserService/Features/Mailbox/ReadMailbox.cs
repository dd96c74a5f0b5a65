using System.ComponentModel.DataAnnotations;
using Azora.UserService.Data;
using Azora.UserService.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.UserService.Features.Mailbox;

internal sealed record MailboxMessage(Guid Id, string To, string Subject, string Body, DateTimeOffset SentAt);

/// <summary>
/// The development mailbox: the messages sent to one address, newest first. Mapped only in the Development and Testing
/// environments, where there is no real mail delivery to read them from.
/// </summary>
internal static class ReadMailbox
{
    public const int Limit = 50;

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/dev/mailbox", HandleAsync)
            .AllowAnonymous()
            .WithTags("Development")
            .WithName("ReadMailbox")
            .WithSummary("Read the messages sent to an address (Development and Testing only).");

    private static async Task<Ok<List<MailboxMessage>>> HandleAsync(
        [Required, EmailAddress, StringLength(OutboundEmail.AddressMaxLength)] string? to,
        UserDbContext db,
        CancellationToken cancellationToken)
    {
        var messages = await db.OutboundEmails
            .Where(e => e.To == to!)
            .Select(e => new MailboxMessage(e.Id, e.To, e.Subject, e.Body, e.SentAt))
            .ToListAsync(cancellationToken);
        // Ordered in memory: SQLite cannot order by DateTimeOffset, and one address has few messages.
        return TypedResults.Ok(messages.OrderByDescending(m => m.SentAt).Take(Limit).ToList());
    }
}
