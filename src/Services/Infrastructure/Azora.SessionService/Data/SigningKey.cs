namespace Azora.SessionService.Data;

/// <summary>
/// An RSA key the server signs tokens with. The newest key that is not retired signs; every key that is not retired is
/// published in the JWKS so tokens signed before a rotation keep validating until the key is retired.
/// The private key is stored as PKCS#8 PEM in session-service's own database, which no other service reads.
/// </summary>
internal sealed class SigningKey
{
    public Guid Id { get; init; }
    public required string KeyId { get; init; }
    public required string PrivateKeyPem { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RetiredAt { get; set; }
}
