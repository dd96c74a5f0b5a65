using System.Text;
using Azora.AuditLoggingService.Data;
using Azora.AuditLoggingService.Features.TreeHeads;
using Azora.AuditLoggingService.Log;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.AuditLoggingService.Features.Proofs;

/// <summary>
/// One logged event, its exact leaf content and its audit path up to the latest signed tree head: everything a
/// stranger needs to check, with the log's public key alone, that the event is in the log.
/// </summary>
internal sealed record EventProofResponse(
    Guid EventId,
    long LeafIndex,
    string LeafContent,
    string LeafHash,
    long TreeSize,
    string RootHash,
    IReadOnlyList<string> AuditPath,
    TreeHeadResponse TreeHead);

/// <summary>
/// Public proofs for the events that are public by nature (<see cref="PublicResourceTypes"/>): a verifier of a
/// credential checks that its issuance was logged. Other events (sign-ins, money) stay readable only by auditors.
/// </summary>
internal static class GetEventProof
{
    public static readonly IReadOnlySet<string> PublicResourceTypes = new HashSet<string>(StringComparer.Ordinal) { "credential" };

    public static void Map(IEndpointRouteBuilder proofs) =>
        proofs.MapGet("/events/{eventId:guid}", HandleAsync)
            .AllowAnonymous()
            .WithName("GetEventProof")
            .WithSummary("Public: a credential event's leaf content and its inclusion proof in the latest signed tree head (hex hashes, leaf up).");

    private static async Task<Results<Ok<EventProofResponse>, ProblemHttpResult>> HandleAsync(
        Guid eventId, AuditDbContext db, LogTree tree, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.EventId == eventId, cancellationToken);
        if (entry is null || !PublicResourceTypes.Contains(entry.ResourceType))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No public event with that id is in the log.");
        }
        var head = await db.TreeHeads.AsNoTracking().OrderByDescending(h => h.Id).FirstOrDefaultAsync(cancellationToken);
        if (head is null || head.TreeSize <= entry.LeafIndex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The event is logged but no signed tree head covers it yet.",
                detail: "Tree heads are signed periodically; ask again shortly.");
        }
        return await tree.ReadAsync<Results<Ok<EventProofResponse>, ProblemHttpResult>>(db, t => TypedResults.Ok(new EventProofResponse(
            entry.EventId,
            entry.LeafIndex,
            Encoding.UTF8.GetString(entry.Content),
            Convert.ToHexStringLower(entry.LeafHash),
            head.TreeSize,
            Convert.ToHexStringLower(t.RootHash(head.TreeSize)),
            [.. t.InclusionProof(entry.LeafIndex, head.TreeSize).Select(Convert.ToHexStringLower)],
            TreeHeadResponse.From(head))), cancellationToken);
    }
}
