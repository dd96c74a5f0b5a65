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

    /// <summary>
    /// Which of the given list positions are set now. A position's bit is set exactly when the credential holding that
    /// index in that list is revoked (suspended), so only the credentials at these indexes are read (unique indexes),
    /// never the whole list.
    /// </summary>
    public async Task<IReadOnlySet<StatusPosition>> SetAmongAsync(IReadOnlyCollection<StatusPosition> positions, CancellationToken cancellationToken)
    {
        var revocation = positions.Where(p => p.Purpose == StatusPurpose.Revocation).Select(p => p.Index).ToList();
        var suspension = positions.Where(p => p.Purpose == StatusPurpose.Suspension).Select(p => p.Index).ToList();
        var states = await db.Credentials.AsNoTracking()
            .Where(c => (c.Revoked && revocation.Contains(c.RevocationIndex)) || (c.Suspended && suspension.Contains(c.SuspensionIndex)))
            .Select(c => new { c.Revoked, c.RevocationIndex, c.Suspended, c.SuspensionIndex })
            .ToListAsync(cancellationToken);
        var set = new HashSet<StatusPosition>();
        foreach (var state in states)
        {
            if (state.Revoked)
            {
                set.Add(new StatusPosition(StatusPurpose.Revocation, state.RevocationIndex));
            }

            if (state.Suspended)
            {
                set.Add(new StatusPosition(StatusPurpose.Suspension, state.SuspensionIndex));
            }
        }

        return set;
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
