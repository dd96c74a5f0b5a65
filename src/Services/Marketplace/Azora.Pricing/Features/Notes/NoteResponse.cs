using Azora.Pricing.Domain;

namespace Azora.Pricing.Features.Notes;

internal sealed record NoteResponse(Guid Id, string Title, string Body, DateTimeOffset CreatedAt)
{
    public static NoteResponse From(Note note) => new(note.Id, note.Title, note.Body, note.CreatedAt);
}
