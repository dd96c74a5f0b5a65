using Azora.UserService.Data;
using Azora.UserService.Domain;

namespace Azora.UserService.Mail;

/// <summary>
/// Sends account email by writing it to the service's own database, in the same unit of work as the change that caused
/// it. In development and tests the rows are the mailbox (<c>GET /api/dev/mailbox</c>).
/// </summary>
internal sealed class Mailbox(UserDbContext db, TimeProvider clock)
{
    public OutboundEmail Send(string to, string subject, string body)
    {
        var email = new OutboundEmail
        {
            Id = Guid.CreateVersion7(),
            To = to,
            Subject = subject,
            Body = body,
            SentAt = clock.GetUtcNow(),
        };
        db.OutboundEmails.Add(email);
        return email;
    }
}
