using Azora.AuditLoggingService.Data;
using Azora.AuditLoggingService.Log;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.AuditLoggingService.Features.Proofs;

/// <summary>The audit path (RFC 9162 section 2.1.3) of one leaf, given by index or by hash, in the tree of a given size.</summary>
internal sealed record InclusionProofResponse(long LeafIndex, long TreeSize, string LeafHash, string RootHash, IReadOnlyList<string> AuditPath);

internal static class GetInclusionProof
{
    public static void Map(IEndpointRouteBuilder proofs) =>
        proofs.MapGet("/inclusion", HandleAsync)
            .WithName("GetInclusionProof")
            .WithSummary("The audit path of leafIndex (or of leafHash, hex) in the tree of treeSize entries; hashes in hex, from the leaf up.");

    private static async Task<Results<Ok<InclusionProofResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string? leafIndex, string? leafHash, string? treeSize, AuditDbContext db, LogTree tree, CancellationToken cancellationToken)
    {
        var query = new QueryParameters();
        var index = query.Long("leafIndex", leafIndex);
        var hash = query.Hash("leafHash", leafHash);
        var size = query.Long("treeSize", treeSize, min: 1, required: true);
        if (leafIndex is null && leafHash is null)
        {
            query.Fail("leafIndex", "Give leafIndex or leafHash.");
        }
        else if (leafIndex is not null && leafHash is not null)
        {
            query.Fail("leafHash", "Give leafIndex or leafHash, not both.");
        }
        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors);
        }

        if (hash is not null)
        {
            var found = await db.Entries.AsNoTracking().Where(e => e.LeafHash == hash).Select(e => (long?)e.LeafIndex).FirstOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No entry has that leaf hash.");
            }
            index = found;
        }

        return await tree.ReadAsync<Results<Ok<InclusionProofResponse>, ValidationProblem, ProblemHttpResult>>(db, t =>
        {
            if (size > t.Size)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["treeSize"] = [$"The log has {t.Size} entries."] });
            }
            if (index >= size)
            {
                var field = hash is null ? "leafIndex" : "leafHash";
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = ["The leaf is not in a tree of that size."] });
            }
            var path = t.InclusionProof(index!.Value, size!.Value);
            return TypedResults.Ok(new InclusionProofResponse(index.Value, size.Value, Convert.ToHexStringLower(t.LeafHash(index.Value)),
                Convert.ToHexStringLower(t.RootHash(size.Value)), path.Select(Convert.ToHexStringLower).ToList()));
        }, cancellationToken);
    }
}
