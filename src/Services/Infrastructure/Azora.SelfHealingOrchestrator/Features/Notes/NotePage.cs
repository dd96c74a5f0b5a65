namespace Azora.SelfHealingOrchestrator.Features.Notes;

/// <summary>One page of notes, newest first; <see cref="NextCursor"/> asks for the page after it and is null on the last.</summary>
internal sealed record NotePage(IReadOnlyList<NoteResponse> Items, string? NextCursor);
