namespace Azora.Credentials.Domain;

/// <summary>
/// One Ed25519 key of the issuer. Exactly one key is current (it signs new credentials); rotated keys stay, retired,
/// so that the DID document keeps listing them and credentials they signed still verify.
/// </summary>
internal sealed class IssuerKey
{
    public const int MultibaseMaxLength = 64;
    public const int CurrentMarker = 1;

    private IssuerKey()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The public key as a Multikey (<c>z6Mk...</c>), also the fragment of its verification method.</summary>
    public string PublicKeyMultibase { get; private set; } = "";

    /// <summary>The 32-byte Ed25519 seed, encrypted with ASP.NET Core Data Protection, base64.</summary>
    public string ProtectedSeed { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RetiredAt { get; private set; }

    /// <summary>1 for the current key, null for retired ones; a unique index allows one current key.</summary>
    public int? Current { get; private set; }

    public bool IsCurrent => Current == CurrentMarker;

    public static IssuerKey Create(string publicKeyMultibase, string protectedSeed, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PublicKeyMultibase = publicKeyMultibase,
        ProtectedSeed = protectedSeed,
        CreatedAt = now,
        Current = CurrentMarker,
    };

    public void Retire(DateTimeOffset now)
    {
        RetiredAt = now;
        Current = null;
    }
}
