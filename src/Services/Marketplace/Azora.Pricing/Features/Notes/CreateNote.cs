using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Pricing.Data;
using Azora.Pricing.Domain;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.Pricing.Features.Notes;

internal sealed record CreateNoteRequest(
    [Required, StringLength(Note.TitleMaxLength)] string Title,
    [StringLength(Note.BodyMaxLength)] string? Body = null);

/// <summary>A signed-in user writes a note that only they will see.</summary>
internal static class CreateNote
{
    public static void Map(IEndpointRouteBuilder notes) =>
        notes.MapPost("/", HandleAsync)
            .WithName("CreateNote")
            .WithSummary("Write a note for the signed-in user.");

    private static async Task<Results<Created<NoteResponse>, ForbidHttpResult>> HandleAsync(
        CreateNoteRequest request,
        ClaimsPrincipal caller,
        PricingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var ownerId))
        {
            return TypedResults.Forbid();
        }

        var note = Note.Write(ownerId, request.Title, request.Body, clock.GetUtcNow());
        db.Notes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/notes/{note.Id}", NoteResponse.From(note));
    }
}
