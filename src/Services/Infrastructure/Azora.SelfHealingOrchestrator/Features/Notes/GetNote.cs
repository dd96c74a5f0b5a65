using System.Security.Claims;
using Azora.SelfHealingOrchestrator.Data;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.SelfHealingOrchestrator.Features.Notes;

/// <summary>One of the caller's own notes; someone else's note is answered exactly like one that does not exist.</summary>
internal static class GetNote
{
    public static void Map(IEndpointRouteBuilder notes) =>
        notes.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetNote")
            .WithSummary("Read one of the signed-in user's notes.");

    private static async Task<Results<Ok<NoteResponse>, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid id,
        ClaimsPrincipal caller,
        SelfHealingOrchestratorDbContext db,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var ownerId))
        {
            return TypedResults.Forbid();
        }

        var note = await db.Notes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id && n.OwnerId == ownerId, cancellationToken);
        return note is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The note does not exist.")
            : TypedResults.Ok(NoteResponse.From(note));
    }
}
