using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Azora.Credentials.Data;
using Azora.Credentials.Domain;
using Azora.Credentials.Issuer;
using Azora.Credentials.Proofs;
using Azora.LinkedData.JsonLd;
using Microsoft.EntityFrameworkCore;

namespace Azora.Credentials.Status;

/// <summary>
/// The issuer's two status lists (revocation and suspension): random free indexes for new credentials, the current
/// bitstrings built from the credentials' states, and the signed BitstringStatusListCredential that publishes them.
/// </summary>
internal sealed class StatusLists(CredentialsDbContext db, IssuerKeyRing keys, EddsaRdfc2022 dataIntegrity, CredentialsOptions options, TimeProvider clock)
{
    /// <summary>A random index not used by any credential in the list (unique indexes guard the rare race).</summary>
    public async Task<int> FreeIndexAsync(StatusPurpose purpose, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 64; attempt++)
        {
            var index = RandomNumberGenerator.GetInt32(CredentialsOptions.StatusListLength);
            var taken = purpose == StatusPurpose.Revocation
                ? await db.Credentials.AnyAsync(c => c.RevocationIndex == index, cancellationToken)
                : await db.Credentials.AnyAsync(c => c.SuspensionIndex == index, cancellationToken);
            if (!taken)
            {
                return index;
            }
        }

        throw new InvalidOperationException($"The {purpose.Name()} status list has no free index left; open a second list.");
    }

    public async Task<Bitstring> BitstringAsync(StatusPurpose purpose, CancellationToken cancellationToken)
    {
        var set = purpose == StatusPurpose.Revocation
            ? await db.Credentials.Where(c => c.Revoked).Select(c => c.RevocationIndex).ToListAsync(cancellationToken)
            : await db.Credentials.Where(c => c.Suspended).Select(c => c.SuspensionIndex).ToListAsync(cancellationToken);
        var bitstring = new Bitstring(CredentialsOptions.StatusListLength);
        foreach (var index in set)
        {
            bitstring.Set(index);
        }

        return bitstring;
    }

    /// <summary>The entry a new credential carries for one purpose.</summary>
    public JsonObject EntryFor(StatusPurpose purpose, int index)
    {
        var list = options.StatusListUrl(purpose);
        return new JsonObject
        {
            ["id"] = $"{list}#{index}",
            ["type"] = "BitstringStatusListEntry",
            ["statusPurpose"] = purpose.Name(),
            ["statusListIndex"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["statusListCredential"] = list,
        };
    }

    /// <summary>The status list credential as of now, signed with the current issuer key.</summary>
    public async Task<JsonObject> SignedListCredentialAsync(StatusPurpose purpose, CancellationToken cancellationToken)
    {
        var bitstring = await BitstringAsync(purpose, cancellationToken);
        var url = options.StatusListUrl(purpose);
        var now = clock.GetUtcNow();
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray(BundledContextLoader.CredentialsV2),
            ["id"] = url,
            ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
            ["issuer"] = options.IssuerDid,
            ["validFrom"] = DataIntegrityProof.FormatCreated(now),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = url + "#list",
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = purpose.Name(),
                ["encodedList"] = bitstring.Encode(),
            },
        };
        using var key = await keys.CurrentAsync(cancellationToken);
        return dataIntegrity.AddProof(credential, key.Key, key.VerificationMethod, now);
    }
}
