using Azora.Contracts.Audit;
using Azora.Contracts.Credentials;
using Azora.Credentials.Data;
using Azora.Credentials.Domain;
using Azora.Credentials.Issuer;
using Azora.Credentials.Proofs;
using Azora.Credentials.Status;
using Microsoft.EntityFrameworkCore;

namespace Azora.Credentials.Issuance;

/// <summary>
/// Issues one credential per learner and achievement: builds the OpenBadgeCredential, signs it twice with the current
/// key (Data Integrity eddsa-rdfc-2022 and VC-JWT) and adds it, with its audit event, to the unit of work the
/// caller commits. A learner who already holds the achievement's credential gets nothing new.
/// </summary>
internal sealed class CredentialIssuer(
    CredentialsDbContext db,
    IssuerKeyRing keys,
    StatusLists statusLists,
    EddsaRdfc2022 dataIntegrity,
    CredentialsOptions options,
    TimeProvider clock)
{
    /// <returns>The events to publish with the new credential, or null when the learner already holds it.</returns>
    public async Task<Issuance?> IssueAsync(AchievementClaim claim, CancellationToken cancellationToken)
    {
        var held = await db.Credentials.AnyAsync(
            c => c.LearnerId == claim.LearnerId && c.Kind == claim.Kind && c.SourceId == claim.SourceId, cancellationToken);
        if (held)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var revocationIndex = await statusLists.FreeIndexAsync(StatusPurpose.Revocation, cancellationToken);
        var suspensionIndex = await statusLists.FreeIndexAsync(StatusPurpose.Suspension, cancellationToken);
        var unsigned = OpenBadgeCredentialBuilder.Build(
            id,
            claim,
            options,
            statusLists.EntryFor(StatusPurpose.Revocation, revocationIndex),
            statusLists.EntryFor(StatusPurpose.Suspension, suspensionIndex),
            now);

        using var key = await keys.CurrentAsync(cancellationToken);
        var signed = dataIntegrity.AddProof(unsigned, key.Key, key.VerificationMethod, now);
        var jwt = VcJwt.Sign(unsigned, key.Key, key.VerificationMethod);
        var audit = CredentialAudit.Issued(Guid.CreateVersion7(now), id, claim.LearnerId, claim.Name, now);

        var credential = IssuedCredential.Record(
            id, claim.LearnerId, claim.Kind, claim.SourceId, Truncate(claim.Name), signed.ToJsonString(), jwt,
            key.VerificationMethod, revocationIndex, suspensionIndex, audit.EventId, now);
        db.Credentials.Add(credential);
        var issued = new CredentialIssued(
            id, credential.CredentialUri, claim.LearnerId, claim.Kind.ToString().ToLowerInvariant(), claim.SourceId, claim.Name, now);
        return new Issuance(audit, issued);
    }

    private static string Truncate(string name) => name.Length <= IssuedCredential.NameMaxLength ? name : name[..IssuedCredential.NameMaxLength];
}

/// <summary>What a new credential announces: its audit event and CredentialIssued.</summary>
internal sealed record Issuance(AuditEventRecorded Audit, CredentialIssued Issued);
