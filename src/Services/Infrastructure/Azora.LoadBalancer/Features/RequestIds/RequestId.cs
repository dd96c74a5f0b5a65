using System.Buffers;
using Microsoft.Extensions.Primitives;

namespace Azora.LoadBalancer.Features.RequestIds;

/// <summary>
/// The id that follows one request from the edge to the service and back. A caller may bring its own if it is short and
/// made of safe characters; anything else (too long, several values, characters a log or header could be forged with)
/// is replaced by a fresh one.
/// </summary>
internal static class RequestId
{
    public const string Header = "X-Request-Id";

    public const int MaxLength = 64;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    public static bool IsWellFormed(string? value) =>
        value is { Length: > 0 and <= MaxLength } && !value.AsSpan().ContainsAnyExcept(Allowed);

    /// <summary>The caller's id when it is a single well-formed value, otherwise a new one.</summary>
    public static string From(StringValues incoming) =>
        incoming.Count == 1 && IsWellFormed(incoming[0]) ? incoming[0]! : New();

    public static string New() => Guid.CreateVersion7().ToString("N");
}
