namespace Azora.PaymentService.Features;

/// <summary>One page of items, oldest first; <see cref="NextCursor"/> asks for the next page and is null on the last.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
