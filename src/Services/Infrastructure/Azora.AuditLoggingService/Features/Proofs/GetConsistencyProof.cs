using Azora.AuditLoggingService.Data;
using Azora.AuditLoggingService.Log;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.AuditLoggingService.Features.Proofs;

/// <summary>The proof (RFC 9162 section 2.1.4) that the tree of <c>first</c> entries is a prefix of the tree of <c>second</c>.</summary>
internal sealed record ConsistencyProofResponse(long First, long Second, string FirstRootHash, string SecondRootHash, IReadOnlyList<string> Proof);

internal static class GetConsistencyProof
{
    public static void Map(IEndpointRouteBuilder proofs) =>
        proofs.MapGet("/consistency", HandleAsync)
            .WithName("GetConsistencyProof")
            .WithSummary("The consistency proof between tree sizes first and second (first ≤ second); hashes in hex.");

    private static async Task<Results<Ok<ConsistencyProofResponse>, ValidationProblem>> HandleAsync(
        string? first, string? second, AuditDbContext db, LogTree tree, CancellationToken cancellationToken)
    {
        var query = new QueryParameters();
        var older = query.Long("first", first, required: true);
        var newer = query.Long("second", second, required: true);
        if (older is { } a && newer is { } b && b < a)
        {
            query.Fail("second", "The second size is at least the first.");
        }
        if (!query.IsValid)
        {
            return TypedResults.ValidationProblem(query.Errors);
        }

        return await tree.ReadAsync<Results<Ok<ConsistencyProofResponse>, ValidationProblem>>(db, t =>
        {
            if (newer > t.Size)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["second"] = [$"The log has {t.Size} entries."] });
            }
            var proof = t.ConsistencyProof(older!.Value, newer!.Value);
            return TypedResults.Ok(new ConsistencyProofResponse(older.Value, newer.Value, Convert.ToHexStringLower(t.RootHash(older.Value)),
                Convert.ToHexStringLower(t.RootHash(newer.Value)), proof.Select(Convert.ToHexStringLower).ToList()));
        }, cancellationToken);
    }
}
