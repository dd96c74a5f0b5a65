using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azora.Credentials.Domain;
using Azora.Credentials.Proofs;
using Azora.LinkedData.JsonLd;

namespace Azora.Credentials.Issuance;

/// <summary>
/// The unsigned Open Badges 3.0 <c>OpenBadgeCredential</c> on the VC Data Model 2.0: the issuer's Profile, an
/// AchievementSubject holding the Achievement (name, description, criteria, alignments to skills), validFrom and
/// the two status list entries.
/// </summary>
internal static partial class OpenBadgeCredentialBuilder
{
    public static JsonObject Build(
        Guid credentialId,
        AchievementClaim claim,
        CredentialsOptions options,
        JsonObject revocationEntry,
        JsonObject suspensionEntry,
        DateTimeOffset validFrom)
    {
        var kind = claim.Kind.ToString().ToLowerInvariant();
        var alignments = new JsonArray();
        foreach (var skill in claim.Skills.Where(skill => !string.IsNullOrWhiteSpace(skill)).Distinct(StringComparer.Ordinal))
        {
            alignments.Add(new JsonObject
            {
                ["type"] = new JsonArray("Alignment"),
                ["targetName"] = skill.Trim(),
                ["targetUrl"] = "urn:azora:skill:" + Slug(skill),
                ["targetType"] = "ext:AzoraSkill",
            });
        }

        var achievement = new JsonObject
        {
            ["id"] = $"urn:azora:{kind}:{claim.SourceId:D}",
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = claim.AchievementType,
            ["name"] = claim.Name,
            ["description"] = string.IsNullOrWhiteSpace(claim.Description) ? claim.Name : claim.Description,
            ["criteria"] = new JsonObject { ["narrative"] = claim.CriteriaNarrative },
        };
        if (alignments.Count > 0)
        {
            achievement["alignment"] = alignments;
        }

        return new JsonObject
        {
            ["@context"] = new JsonArray(BundledContextLoader.CredentialsV2, BundledContextLoader.OpenBadgesV3),
            ["id"] = IssuedCredential.UriOf(credentialId),
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["name"] = claim.Name,
            ["issuer"] = new JsonObject
            {
                ["id"] = options.IssuerDid,
                ["type"] = new JsonArray("Profile"),
                ["name"] = options.IssuerName,
            },
            ["validFrom"] = DataIntegrityProof.FormatCreated(validFrom),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = $"urn:uuid:{claim.LearnerId:D}",
                ["type"] = new JsonArray("AchievementSubject"),
                ["achievement"] = achievement,
            },
            ["credentialStatus"] = new JsonArray(revocationEntry, suspensionEntry),
        };
    }

    private static string Slug(string skill) => NotSlug().Replace(skill.Trim().ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
