namespace Azora.UserService.Domain;

/// <summary>An email the service sent. Kept in the service's own database, which is the mailbox in development.</summary>
internal sealed class OutboundEmail
{
    public const int AddressMaxLength = 256;
    public const int SubjectMaxLength = 200;

    public Guid Id { get; init; }
    public required string To { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
    public DateTimeOffset SentAt { get; init; }
}
