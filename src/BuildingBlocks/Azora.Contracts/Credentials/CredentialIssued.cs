namespace Azora.Contracts.Credentials;

/// <summary>
/// azora-credentials issued a verifiable credential (an Open Badges 3.0 OpenBadgeCredential) to a learner. Published
/// once per credential, in the same transaction as the issuance.
/// </summary>
/// <param name="Kind">course, program or award: what <see cref="SourceId"/> identifies.</param>
/// <param name="CredentialUri">The credential's id, <c>urn:uuid:...</c>.</param>
[MessageName("azora-credentials.credential-issued.v1")]
public sealed record CredentialIssued(
    Guid CredentialId,
    string CredentialUri,
    Guid LearnerId,
    string Kind,
    Guid SourceId,
    string AchievementName,
    DateTimeOffset IssuedAt);
