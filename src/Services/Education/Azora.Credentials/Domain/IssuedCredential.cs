namespace Azora.Credentials.Domain;

/// <summary>
/// An OpenBadgeCredential issued to a learner, in both signed forms, with its places in the status lists.
/// A learner holds at most one credential per achievement (a unique index on learner, kind and source).
/// </summary>
internal sealed class IssuedCredential
{
    public const int NameMaxLength = 300;

    private IssuedCredential()
    {
    }

    public Guid Id { get; private set; }

    public Guid LearnerId { get; private set; }

    public AchievementKind Kind { get; private set; }

    /// <summary>The course or program completed.</summary>
    public Guid SourceId { get; private set; }

    public string AchievementName { get; private set; } = "";

    /// <summary>The credential with its Data Integrity proof (eddsa-rdfc-2022), as issued.</summary>
    public string SignedJson { get; private set; } = "";

    /// <summary>The same credential as a VC-JWT (compact JWS, EdDSA) signed with the same key.</summary>
    public string Jwt { get; private set; } = "";

    public string VerificationMethod { get; private set; } = "";

    public DateTimeOffset IssuedAt { get; private set; }

    public int RevocationIndex { get; private set; }

    public int SuspensionIndex { get; private set; }

    public bool Revoked { get; private set; }

    public bool Suspended { get; private set; }

    public DateTimeOffset? StatusChangedAt { get; private set; }

    /// <summary>Counts status changes; the concurrency token that keeps two simultaneous changes from both succeeding.</summary>
    public int StatusVersion { get; private set; }

    /// <summary>The id of the audit event that recorded the issuance, for its inclusion proof in the audit log.</summary>
    public Guid AuditEventId { get; private set; }

    public string CredentialUri => UriOf(Id);

    public static string UriOf(Guid id) => "urn:uuid:" + id.ToString("D");

    public static IssuedCredential Record(
        Guid id,
        Guid learnerId,
        AchievementKind kind,
        Guid sourceId,
        string achievementName,
        string signedJson,
        string jwt,
        string verificationMethod,
        int revocationIndex,
        int suspensionIndex,
        Guid auditEventId,
        DateTimeOffset now) => new()
    {
        Id = id,
        LearnerId = learnerId,
        Kind = kind,
        SourceId = sourceId,
        AchievementName = achievementName,
        SignedJson = signedJson,
        Jwt = jwt,
        VerificationMethod = verificationMethod,
        RevocationIndex = revocationIndex,
        SuspensionIndex = suspensionIndex,
        AuditEventId = auditEventId,
        IssuedAt = now,
    };

    public int IndexIn(StatusPurpose purpose) => purpose == StatusPurpose.Revocation ? RevocationIndex : SuspensionIndex;

    /// <summary>Revocation is final; a revoked credential cannot be suspended or reinstated.</summary>
    public void Revoke(DateTimeOffset now)
    {
        Revoked = true;
        StatusChangedAt = now;
        StatusVersion++;
    }

    public void Suspend(DateTimeOffset now)
    {
        Suspended = true;
        StatusChangedAt = now;
        StatusVersion++;
    }

    public void Reinstate(DateTimeOffset now)
    {
        Suspended = false;
        StatusChangedAt = now;
        StatusVersion++;
    }
}
