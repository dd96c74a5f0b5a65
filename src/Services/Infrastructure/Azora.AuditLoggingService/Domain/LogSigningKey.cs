namespace Azora.AuditLoggingService.Domain;

/// <summary>
/// The log's Ed25519 key pair, generated once on first use and kept in the service's own database (never in code or
/// configuration). <see cref="Slot"/> is always 1, so a second key racing into existence fails on the primary key.
/// </summary>
internal sealed class LogSigningKey
{
    public const int TheSlot = 1;

    private LogSigningKey()
    {
    }

    public int Slot { get; private set; }
    public byte[] PrivateKey { get; private set; } = [];
    public byte[] PublicKey { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }

    public static LogSigningKey Of(byte[] privateKey, byte[] publicKey, DateTimeOffset createdAt) => new()
    {
        Slot = TheSlot,
        PrivateKey = privateKey,
        PublicKey = publicKey,
        CreatedAt = createdAt,
    };
}
